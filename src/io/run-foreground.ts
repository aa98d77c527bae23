import type { ChildProcess } from 'node:child_process';
import { childProcess } from './lazy-builtins.js';
import { constants } from 'node:os';
import { byteExactExecScript } from './raw-argv.js';
import { statusOf, type Outcome } from '../core/outcome.js';

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGWINCH'] as const;

export interface ForegroundOptions {
  /** Where the child's stdin comes from: inherited, or a replay of what guard captured. */
  stdin?: { kind: 'inherit' } | { kind: 'replay'; pipeTo: (dest: NodeJS.WritableStream) => void };
  argv0?: string;
  /** The arguments as raw bytes, when Node's decoded strings lost some (invalid UTF-8). */
  rawArgs?: Buffer[];
}

/**
 * Runs the real tool as guard's foreground child (after foreground-child): stdio inherited,
 * signals forwarded, and guard leaves with the child's exit code or re-raises its signal.
 * Resolves to how the child ended: its exit code, or the signal that ended it.
 */
export function runForeground(
  file: string,
  args: readonly string[],
  options: ForegroundOptions = {},
): Promise<Outcome> {
  return new Promise((resolvePromise, reject) => {
    const replay = options.stdin?.kind === 'replay' ? options.stdin : undefined;
    const viaShell = options.rawArgs !== undefined;
    // Handlers go in before the spawn: a signal that arrives while the child starts must not kill guard alone.
    let child: ChildProcess | undefined;
    const pending: NodeJS.Signals[] = [];
    const handlers = new Map<NodeJS.Signals, () => void>();
    for (const signal of FORWARDED) {
      const handler = (): void => {
        if (!child) pending.push(signal);
        else if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      };
      handlers.set(signal, handler);
      process.on(signal, handler);
    }
    child = childProcess().spawn(
      viaShell ? '/bin/sh' : file,
      viaShell ? ['-c', byteExactExecScript(file, options.rawArgs as Buffer[])] : args,
      {
        stdio: [replay ? 'pipe' : 'inherit', 'inherit', 'inherit'],
        argv0: viaShell ? 'sh' : (options.argv0 ?? file),
      },
    );
    for (const signal of pending) child.kill(signal);
    const cleanup = (): void => {
      for (const [signal, handler] of handlers) process.removeListener(signal, handler);
    };
    if (replay && child.stdin) {
      child.stdin.on('error', () => undefined); // the tool may exit without reading all of it (EPIPE)
      replay.pipeTo(child.stdin);
    }
    child.on('error', (error) => {
      cleanup();
      reject(error);
    });
    child.on('exit', (code, signal) => {
      cleanup();
      if (signal) resolvePromise({ kind: 'signal', signal, number: constants.signals[signal] ?? 0 });
      else resolvePromise({ kind: 'exit', code: code ?? 0 });
    });
  });
}

/** Leaves the process the way the child left: re-raising its signal when it died of one, else its exit code. */
export function exitLikeChild(end: Outcome | number): never {
  if (typeof end !== 'number' && end.kind === 'signal' && end.signal !== 'SIGKILL' && end.signal !== 'SIGSTOP') {
    const signal = end.signal as NodeJS.Signals;
    process.removeAllListeners(signal);
    try {
      process.kill(process.pid, signal);
    } catch {
      // fall through to the numeric exit
    }
  }
  process.exit(statusOf(end));
}
