#!/usr/bin/env bash
# Installs the agent clients the e2e suite drives (test/e2e/agents/clients.json: pinned versions)
# into a cache OUTSIDE the repository, world-readable so the unprivileged test user can run them.
# Only the npm registry is contacted; install scripts stay off and the packages' own postinstall
# step (copying a bundled native binary) is run by hand where needed. A client that cannot be
# installed is recorded in FAILED so the suite skips it with a message.
set -uo pipefail
cd "$(dirname "$0")/.."
CACHE="${GUARD_AGENT_CLIENTS:-/var/cache/guard-agent-clients}"
mkdir -p "$CACHE" && chmod 755 "$CACHE"
rm -f "$CACHE/FAILED"
for name in $(node -e 'console.log(Object.keys(require("./test/e2e/agents/clients.json")).join(" "))'); do
  spec=$(node -e 'const c=require("./test/e2e/agents/clients.json")[process.argv[1]]; console.log(c.package+"@"+c.version)' "$name")
  dir="$CACHE/$name"
  if [ -f "$dir/.installed" ] && [ "$(cat "$dir/.installed")" = "$spec" ]; then echo "guard: $spec already in $dir"; continue; fi
  rm -rf "$dir" && mkdir -p "$dir"
  echo "guard: installing $spec into $dir"
  if ! (cd "$dir" && echo '{"private":true}' > package.json && npm install --no-audit --no-fund --ignore-scripts --loglevel=error "$spec" >install.log 2>&1); then
    echo "guard: could not install $spec (see $dir/install.log)"; echo "$name" >> "$CACHE/FAILED"; continue
  fi
  pkg="$dir/node_modules/$(node -e 'console.log(require("./test/e2e/agents/clients.json")[process.argv[1]].package)' "$name")"
  # Claude Code and OpenCode ship their binary in a platform package that their postinstall links
  # into place (no download): run that one documented step by hand.
  post=$(node -e 'console.log((require(process.argv[1]+"/package.json").scripts||{}).postinstall||"")' "$pkg")
  if [ -n "$post" ]; then (cd "$pkg" && sh -c "$post" >>"$dir/install.log" 2>&1) || { echo "guard: postinstall of $spec failed (see $dir/install.log)"; echo "$name" >> "$CACHE/FAILED"; continue; }; fi
  echo "$spec" > "$dir/.installed"
done
chmod -R a+rX "$CACHE"
