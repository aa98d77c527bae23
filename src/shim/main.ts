import { guardTool } from '../app/guard-tool.js';
import type { Outcome } from '../core/outcome.js';
import type { RulePack } from '../core/rule.js';
import { reportError } from '../cli/report-error.js';
import { exitLikeChild } from '../io/run-foreground.js';
import { flushOutput } from '../io/flush-output.js';
import { runHook } from '../cli/commands/hook.js';

/**
 * The shim's full check: `node bin/guard-shim.cjs TOOL ARGS…` (bundled). Never loads commander (so
 * `railway --help` stays railway's help); PATH is left as it is, so the real tool's children
 * stay guarded. Deny mode follows from CI or a missing terminal, as in prefix mode.
 */
export async function runShim(argv: string[], packs?: readonly RulePack<any>[]): Promise<void> {
  let code: Outcome | number;
  try {
    code = await guardTool(packs ? { argv, deny: false, packs } : { argv, deny: false });
  } catch (error) {
    code = reportError(error);
  }
  exitLikeChild(code);
}

export { warmUpClassifier } from '../app/warm-up.js';

/** `guard hook AGENT`, sent here by bin/guard.js: the same as the CLI's hot path, from this smaller bundle. */
export async function runHookShim(agent: string): Promise<void> {
  let code: number;
  try {
    code = await runHook(agent);
  } catch (error) {
    code = reportError(error);
  }
  await flushOutput();
  exitLikeChild(code);
}
