import { closeSync, openSync } from 'node:fs';
import type { ReadStream, WriteStream } from 'node:tty';
import { ttyModule } from './lazy-builtins.js';
import { drivenTerminalReason } from './terminal/provenance.js';
import { writeStderr } from './write-stderr.js';

export type PromptOutcome = 'confirmed' | 'mismatch' | 'interrupted' | 'eof' | 'no-terminal';

export interface TerminalSession {
  write(text: string): void;
  /** Reads one line typed by the human, with echo; never from stdin. */
  readLine(
    prompt: string,
    options?: { echo?: boolean },
  ): Promise<{ kind: 'line'; text: string } | { kind: 'interrupted' | 'eof' }>;
  /** A visible countdown; any Ctrl-C (or signal) aborts it. */
  countdown(seconds: number, label: string): Promise<'done' | 'interrupted'>;
  close(): void;
}

/**
 * Opens the controlling terminal (/dev/tty) for a human's answer. Undefined when the process has
 * none, or when a program drives it (terminal provenance): then it says which one, on stderr.
 */
export function openTerminal(): TerminalSession | undefined {
  let readFd: number;
  let writeFd: number;
  try {
    readFd = openSync('/dev/tty', 'r');
    writeFd = openSync('/dev/tty', 'w');
  } catch {
    return undefined;
  }
  const driven = drivenTerminalReason();
  if (driven !== undefined) {
    closeSync(readFd);
    closeSync(writeFd);
    writeStderr(`guard: not a human's terminal: ${driven}.\n`);
    return undefined;
  }
  const tty = ttyModule();
  const input = new tty.ReadStream(readFd);
  const output = new tty.WriteStream(writeFd);
  return {
    write: (text) => void output.write(text),
    readLine: (prompt, options) => readLineRaw(input, output, prompt, options?.echo ?? true),
    countdown: (seconds, label) => countdownRaw(input, output, seconds, label),
    close: () => {
      try {
        input.setRawMode(false);
      } catch {
        // terminal already gone
      }
      input.destroy();
      output.destroy();
      for (const fd of [readFd, writeFd]) {
        try {
          closeSync(fd);
        } catch {
          // already closed by the stream
        }
      }
    },
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function readLineRaw(
  input: ReadStream,
  output: WriteStream,
  prompt: string,
  echo: boolean,
): Promise<{ kind: 'line'; text: string } | { kind: 'interrupted' | 'eof' }> {
  return new Promise((resolve) => {
    let typed = '';
    let escape = false;
    const finish = (result: { kind: 'line'; text: string } | { kind: 'interrupted' | 'eof' }): void => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.removeListener('error', onEnd);
      for (const s of SIGNALS) process.removeListener(s, onSignal);
      try {
        input.setRawMode(false);
      } catch {
        // the terminal disappeared
      }
      input.pause();
      output.write('\r\n');
      resolve(result);
    };
    const onSignal = (): void => finish({ kind: 'interrupted' });
    const onEnd = (): void => finish({ kind: 'eof' });
    const onData = (chunk: Buffer): void => {
      for (const ch of chunk.toString('utf8')) {
        // Skip terminal escape sequences (arrow keys, bracketed paste markers): ESC [ params final-byte.
        if (escape) {
          if (ch >= '@' && ch <= '~' && ch !== '[') escape = false;
          continue;
        }
        if (ch === '\x1b') {
          escape = true;
          continue;
        }
        if (ch === '\x03') return finish({ kind: 'interrupted' });
        if (ch === '\x04') return typed === '' ? finish({ kind: 'eof' }) : undefined;
        if (ch === '\r' || ch === '\n') return finish({ kind: 'line', text: typed });
        if (ch === '\x7f' || ch === '\b') {
          if (typed.length > 0) {
            typed = [...typed].slice(0, -1).join('');
            if (echo) output.write('\b \b');
          }
          continue;
        }
        if (ch === '\x15') {
          if (echo) output.write('\b \b'.repeat([...typed].length));
          typed = '';
          continue;
        }
        if (ch < ' ' || (ch >= '\x80' && ch < '\xa0')) continue;
        typed += ch;
        if (echo) output.write(ch);
      }
    };
    for (const s of SIGNALS) process.on(s, onSignal);
    try {
      input.setRawMode(true);
    } catch {
      return finish({ kind: 'eof' });
    }
    output.write(prompt);
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onEnd);
    input.resume();
  });
}

function countdownRaw(
  input: ReadStream,
  output: WriteStream,
  seconds: number,
  label: string,
): Promise<'done' | 'interrupted'> {
  return new Promise((resolve) => {
    let left = seconds;
    let timer: NodeJS.Timeout | undefined;
    const finish = (result: 'done' | 'interrupted'): void => {
      if (timer) clearTimeout(timer);
      input.removeListener('data', onData);
      for (const s of SIGNALS) process.removeListener(s, onSignal);
      try {
        input.setRawMode(false);
      } catch {
        // the terminal disappeared
      }
      input.pause();
      output.write(result === 'done' ? '\r\n' : '\r\nguard: aborted during the countdown; nothing was run.\r\n');
      resolve(result);
    };
    const onSignal = (): void => finish('interrupted');
    const onData = (chunk: Buffer): void => {
      if (chunk.includes(0x03)) finish('interrupted');
    };
    const tick = (): void => {
      if (left <= 0) return finish('done');
      output.write(`\r${label} ${left}s (Ctrl-C aborts) `);
      left -= 1;
      timer = setTimeout(tick, 1000);
    };
    for (const s of SIGNALS) process.on(s, onSignal);
    try {
      input.setRawMode(true);
    } catch {
      return finish('interrupted');
    }
    input.on('data', onData);
    input.resume();
    tick();
  });
}
