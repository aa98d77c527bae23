import { fileURLToPath } from 'node:url';
import { runDetached, type RunOptions, type RunResult } from './run-guard.js';

const PTY_RUN = fileURLToPath(new URL('../../../test/fixtures/pty-run.py', import.meta.url));

export interface PtyStep {
  /** Text the terminal must show before `send` is typed. */
  expect: string;
  send: string;
}

/** Runs `argv` on a real pseudo-terminal (it becomes the controlling terminal) and types `steps`. */
export function runOnPty(argv: readonly string[], steps: readonly PtyStep[], options: RunOptions = {}): Promise<RunResult> {
  return runDetached('python3', [PTY_RUN, JSON.stringify(steps), '--', ...argv], options);
}
