import { EXIT } from '../core/exit-codes.js';
import { classifyShellLine } from '../core/shell/classify-line.js';
import type { Context } from '../core/types.js';
import { processContext } from '../io/context.js';
import { runForeground } from '../io/run-foreground.js';
import { auditTrail } from './audit-trail.js';
import { configNotices, configRefusal, finishDecision, loadGuardSetup } from './config-setup.js';
import { gateDestructive } from './gate-destructive.js';
import { loadSqlParserFor } from './sql-parser-for.js';
import { writeStderr } from '../io/write-stderr.js';

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
  await loadSqlParserFor(options.line, ctx, setup.index);
  const decision = finishDecision(classifyShellLine(options.line, ctx, setup.index), setup, ctx);
  const trail = auditTrail(ctx, argv, decision, shell);
  const brokenConfig = configRefusal(decision, setup);
  if (brokenConfig) {
    writeStderr(`${brokenConfig}\n`);
    trail.tryAppend({ decision: 'refused', how: 'config-invalid' });
    return EXIT.config;
  }
  for (const line of configNotices(decision)) writeStderr(`${line}\n`);
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
