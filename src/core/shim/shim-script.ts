import { SHIM_DEPTH_VAR, SHIM_DIR_MARKER, SHIM_FILE_MARKER, SHIM_MAX_DEPTH } from './markers.js';
import { shQuote } from './sh-quote.js';
import { clearSteeringScript } from './node-steering.js';

export interface ShimPlan {
  tool: string;
  /** The shim directory's real path (symlinks resolved). */
  dir: string;
  /** Absolute path of the node binary that runs guard's full check. */
  node: string;
  /** Absolute path of guard's shim entry (bin/guard-shim.cjs). */
  entry: string;
  /** `#!` interpreter; bash is preferred because only its `exec -a` keeps the real tool's argv[0]. */
  interpreter: { path: string; args: string; execArgv0: boolean };
  /** The pre-filter function (renderPrefilter). */
  prefilter: string;
}

/** A tool name that is safe as a file name and a shell word. */
export function isShimmableName(tool: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(tool);
}

/**
 * The text of one shim: a loop backstop, the pre-filter, then either `exec` of the real tool
 * (found on PATH after every guard shim directory, by identity) or `exec` of guard's full check.
 */
export function renderShim(plan: ShimPlan): string {
  if (!isShimmableName(plan.tool)) throw new Error(`cannot write a shim for "${plan.tool}"`);
  const { interpreter } = plan;
  const execReal = interpreter.execArgv0 ? 'exec -a "$guard_tool" "$guard_real" "$@"' : 'exec "$guard_real" "$@"';
  const tool = plan.tool;
  return `#!${interpreter.path}${interpreter.args ? ` ${interpreter.args}` : ''}
${SHIM_FILE_MARKER}
# The \`${tool}\` shim: \`guard install\` rewrites it and \`guard uninstall\` removes it; do not edit.
# A pre-filter generated from guard's rules sends whatever might be destructive to guard's full
# check; everything else runs the real ${tool}, found on PATH after guard's shim directories.
guard_tool=${shQuote(tool)}
guard_dir=${shQuote(plan.dir)}
guard_node=${shQuote(plan.node)}
guard_entry=${shQuote(plan.entry)}
guard_depth=\${${SHIM_DEPTH_VAR}:-0}
case $guard_depth in [0-9]|[0-9][0-9]) ;; *) guard_depth=0 ;; esac
if [ "$guard_depth" -ge ${SHIM_MAX_DEPTH} ]; then
  printf '%s\\n' "guard: $guard_tool: guard's shims were entered $guard_depth times in a row (${SHIM_DEPTH_VAR}), so something on PATH leads back to a shim; nothing was run. Run \\\`guard doctor\\\` to find the loop." >&2
  exit 70
fi
${SHIM_DEPTH_VAR}=$((guard_depth + 1))
export ${SHIM_DEPTH_VAR}
${plan.prefilter}
guard_pwd=$PWD
guard_home=\${HOME:-}
guard_stdin_tty=0
[ -t 0 ] && guard_stdin_tty=1
if ! guard_prefilter "$@"; then
  guard_real=
  guard_rest=\${PATH:-}:
  while [ -n "$guard_rest" ]; do
    guard_p=\${guard_rest%%:*}
    guard_rest=\${guard_rest#*:}
    [ -n "$guard_p" ] || guard_p=.
    [ "$guard_p" -ef "$guard_dir" ] && continue
    [ -e "$guard_p/${SHIM_DIR_MARKER}" ] && continue
    [ "$guard_p/$guard_tool" -ef "$guard_dir/$guard_tool" ] && continue
    [ "$guard_p/$guard_tool" -ef "$0" ] && continue
    if [ -f "$guard_p/$guard_tool" ] && [ -x "$guard_p/$guard_tool" ]; then
      guard_real=$guard_p/$guard_tool
      break
    fi
  done
  if [ -z "$guard_real" ]; then
    printf '%s\\n' "guard: the real \\\`$guard_tool\\\` was not found on PATH (guard skips its own shim directories); install $guard_tool or put the directory that holds it on PATH." >&2
    exit 127
  fi
  ${execReal}
fi
if [ ! -x "$guard_node" ] || [ ! -f "$guard_entry" ]; then
  printf '%s\\n' "guard: $guard_tool: this command may be destructive and guard cannot start to check it (missing: $guard_node or $guard_entry), so nothing was run. Repair guard (reinstall it, then run \\\`guard install\\\` again), or remove its shims with \\\`guard uninstall\\\` (or delete $guard_dir)." >&2
  exit 70
fi
${clearSteeringScript()}
exec "$guard_node" "$guard_entry" "$guard_tool" "$@"
`;
}
