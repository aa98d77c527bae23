import { fileURLToPath } from 'node:url';
import { runDetached, type RunOptions, type RunResult } from './run-guard.js';

const PTY_RUN = fileURLToPath(new URL('../../../test/fixtures/pty-run.py', import.meta.url));

export type PtyStep =
  /** Type `send` once the terminal shows `expect`. */
  | { expect: string; send: string }
  /** Send the command a signal once the terminal shows `expect`. */
  | { expect: string; signal: number }
  /** Close the terminal once it shows `expect`. */
  | { expect: string; hangup: true };

/** Runs `argv` on a real pseudo-terminal (it becomes the controlling terminal) and types `steps`. */
export function runOnPty(
  argv: readonly string[],
  steps: readonly PtyStep[],
  options: RunOptions = {},
): Promise<RunResult> {
  return runDetached('python3', [PTY_RUN, JSON.stringify(steps), '--', ...argv], options);
}
