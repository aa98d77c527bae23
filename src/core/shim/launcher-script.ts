import { SHIM_FILE_MARKER } from './markers.js';
import { shQuote } from './sh-quote.js';

/** The name of the launcher `guard install` writes next to the shims, so `guard` itself is on PATH. */
export const LAUNCHER_NAME = 'guard';

/**
 * The `guard` launcher: runs guard's own CLI (never a guarded tool), so the commands a refusal
 * tells the human to run (`guard approve ID`, `guard unlock`) are found in the shell the set-up
 * ran in. It carries the shim marker so that PATH walks skip it and uninstall removes it.
 */
export function renderLauncher(node: string, cli: string): string {
  return `#!/bin/sh
${SHIM_FILE_MARKER}
# guard-launcher: guard's own command line (not a guarded tool)
guard_node=${shQuote(node)}
guard_cli=${shQuote(cli)}
if [ ! -x "$guard_node" ] || [ ! -f "$guard_cli" ]; then
  printf '%s\\n' "guard: guard cannot start (missing: $guard_node or $guard_cli): reinstall guard, then run \\\`guard install\\\` again" >&2
  exit 70
fi
# Variables that make Node load code are the agent's to set, never guard's to obey.
unset NODE_OPTIONS NODE_PATH NODE_REPL_EXTERNAL_MODULE
exec "$guard_node" "$guard_cli" "$@"
`;
}
