import { classifyShellLine } from '../core/shell/classify-line.js';
import type { Context } from '../core/types.js';
import { processContext } from '../io/context.js';
import { runForeground } from '../io/run-foreground.js';
import { auditTrail } from './audit-trail.js';
import { finishDecision, loadGuardSetup } from './config-setup.js';
import { runDecided } from './run-decided.js';
import { withSqlParser } from './sql-parser-for.js';

export interface GuardLineOptions {
  line: string;
  deny: boolean;
  ctx?: Context;
}

/**
 * `guard run --shell LINE`: classify the whole line, then the same gate as prefix mode (config,
 * lock, tickets, deny mode, typed confirmation, audit) with the argv `$SHELL -c LINE`, then run it.
 */
export async function guardLine(options: GuardLineOptions): Promise<number> {
  const ctx = options.ctx ?? processContext();
  const shell = ctx.env.SHELL && ctx.env.SHELL.startsWith('/') ? ctx.env.SHELL : '/bin/sh';
  const argv = [shell, '-c', options.line];
  const setup = await loadGuardSetup(ctx);
  const decision = finishDecision(await withSqlParser(ctx, () => classifyShellLine(options.line, ctx, setup.index)), setup, ctx);
  const trail = auditTrail(ctx, argv, decision, shell);
  const run = (): Promise<number> => runForeground(shell, ['-c', options.line], { argv0: shell });
  return runDecided(argv, decision, setup, ctx, trail, options.deny, run);
}
