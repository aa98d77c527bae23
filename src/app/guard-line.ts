import { indexPacks } from '../core/classify.js';
import { classifyShellLine } from '../core/shell/classify-line.js';
import type { Context } from '../core/types.js';
import { builtinPacks } from '../../rules/index.js';
import { processContext } from '../io/context.js';
import { runForeground } from '../io/run-foreground.js';
import { auditTrail } from './audit-trail.js';
import { gateDestructive } from './gate-destructive.js';
import { loadSqlParserFor } from './sql-parser-for.js';

export interface GuardLineOptions {
  line: string;
  deny: boolean;
  ctx?: Context;
}

/**
 * `guard run --shell LINE`: classify the whole line, then the same gate as prefix mode (lock,
 * tickets, deny mode, typed confirmation, audit) with the argv `$SHELL -c LINE`, then run it.
 */
export async function guardLine(options: GuardLineOptions): Promise<number> {
  const ctx = options.ctx ?? processContext();
  const shell = ctx.env.SHELL && ctx.env.SHELL.startsWith('/') ? ctx.env.SHELL : '/bin/sh';
  const argv = [shell, '-c', options.line];
  const index = indexPacks(builtinPacks);
  await loadSqlParserFor(options.line, ctx, index);
  const decision = classifyShellLine(options.line, ctx, index);
  const trail = auditTrail(ctx, argv, decision, shell);
  const run = (): Promise<number> => runForeground(shell, ['-c', options.line], { argv0: shell });
  if (decision.decision === 'allow') {
    const code = await run();
    trail.tryAppend({ decision: 'allow', exitCode: code });
    return code;
  }
  const gate = await gateDestructive(argv, decision, ctx, trail, options.deny);
  if (!gate.proceed) return gate.code;
  const code = await run();
  trail.tryAppend({ decision: 'exit', ref: gate.ref, exitCode: code });
  return code;
}
