import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const GUARD_BIN = fileURLToPath(new URL('../../../bin/guard.js', import.meta.url));

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  input?: string | Buffer;
  timeoutMs?: number;
}

/**
 * Runs a program in a new session (setsid), so it has no controlling terminal: the situation
 * of an agent or CI job. stdin is a pipe carrying `input`.
 */
export function runDetached(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** `node bin/guard.js ARGS` with no controlling terminal. */
export function runGuard(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return runDetached(process.execPath, [GUARD_BIN, ...args], options);
}
