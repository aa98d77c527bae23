#!/usr/bin/env node
// The entry guard's shims exec for the full check: `guard-shim.js TOOL ARGS…` (src/shim/main.ts, bundled
// into dist/guard-shim.mjs by scripts/bundle-shim.mjs at build time).
import('../dist/guard-shim.mjs').then(
  (shim) => shim.runShim(process.argv.slice(2)),
  (error) => {
    const tool = process.argv[2] ?? 'the command';
    process.stderr.write(`guard: ${tool}: this command may be destructive and guard cannot start to check it (${error.code ?? error.message}), so nothing was run. Repair guard (\`npm install\` in its directory, then \`guard install\`), or remove its shims with \`guard uninstall\`.\n`);
    process.exit(70);
  },
);
