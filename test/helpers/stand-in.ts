import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StandIn {
  ran(): boolean;
  argv(): string[];
  /** The recorded argv as raw bytes, NUL-separated with a trailing NUL. */
  rawArgv(): Buffer;
  stdin(): Buffer;
}

/**
 * Writes an executable stand-in for a CLI that cannot be installed here. It records its argv
 * (NUL-separated) and stdin, prints one line, and exits with $STANDIN_EXIT (default 0).
 */
export function createStandIn(binDir: string, recordDir: string, name: string): StandIn {
  const argvFile = join(recordDir, `${name}.argv`);
  const stdinFile = join(recordDir, `${name}.stdin`);
  const script = [
    '#!/bin/sh',
    `printf '%s\\0' "$@" > '${argvFile}'`,
    `if [ -t 0 ]; then : > '${stdinFile}'; else cat > '${stdinFile}'; fi`,
    `printf 'stand-in ${name} ran\\n'`,
    'if [ -n "$STANDIN_SIGNAL" ]; then kill -s "$STANDIN_SIGNAL" $$; fi',
    'exit "${STANDIN_EXIT:-0}"',
    '',
  ].join('\n');
  rmSync(argvFile, { force: true });
  rmSync(stdinFile, { force: true });
  const path = join(binDir, name);
  writeFileSync(path, script);
  chmodSync(path, 0o755);
  return {
    ran: () => existsSync(argvFile),
    argv: () => {
      const raw = readFileSync(argvFile, 'utf8');
      return raw === '' ? [] : raw.slice(0, -1).split('\0');
    },
    rawArgv: () => readFileSync(argvFile),
    stdin: () => readFileSync(stdinFile),
  };
}
