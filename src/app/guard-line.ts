import type { Outcome } from '../core/outcome.js';
import { runForeground } from '../io/run-foreground.js';
import { auditTrail } from './audit-trail.js';
import { runDecided } from './run-decided.js';
import { openSession, processWorld, type World } from './session.js';

export interface GuardLineOptions {
  line: string;
  deny: boolean;
  world?: World;
}

/**
 * `guard run --shell LINE`: judge the whole line, then the same gate as prefix mode (config,
 * lock, tickets, deny mode, typed confirmation, audit) with the argv `$SHELL -c LINE`, then run it.
 */
export async function guardLine(options: GuardLineOptions): Promise<Outcome> {
  const session = await openSession(options.world ?? processWorld());
  const env = session.world.env;
  const shell = env.SHELL && env.SHELL.startsWith('/') ? env.SHELL : '/bin/sh';
  const argv = [shell, '-c', options.line];
  const { decision } = await session.judge({ kind: 'line', line: options.line, stdin: { kind: 'terminal' } });
  const trail = auditTrail(session.ctx, argv, decision, shell);
  const run = (): Promise<Outcome> => runForeground(shell, ['-c', options.line], { argv0: shell });
  return runDecided(argv, decision, session, trail, options.deny, run);
}
