import { packsFor } from '../core/classify.js';
import type { JudgeStdin } from '../core/judgement/judge.js';
import { innermostArgv } from '../core/unwrap/classify-invocation.js';
import { captureStdin, type CapturedStdin } from '../io/capture-stdin.js';
import { isTerminal } from '../io/is-terminal.js';
import type { Session } from './session.js';

/**
 * What feeds an argv's stdin, as prefix mode and `check -- …` both see it: the terminal; the input
 * captured for analysis when the (wrapped: sudo, env…) tool reads commands from it; or a pipe guard
 * cannot see. The caller replays or disposes what was captured.
 */
export function stdinForArgv(
  argv: readonly string[],
  session: Session,
): { stdin: JudgeStdin; captured?: CapturedStdin } {
  if (isTerminal(0)) return { stdin: { kind: 'terminal' } };
  const inner = innermostArgv(argv, session.ctx);
  if (!packsFor(session.setup.index, inner[0] ?? '').some((pack) => pack.readsStdin?.(inner.slice(1)))) {
    return { stdin: { kind: 'opaque', from: 'the pipe into guard' } };
  }
  const captured = captureStdin();
  return { stdin: { kind: 'captured', text: captured.view.text, truncated: captured.view.truncated }, captured };
}
