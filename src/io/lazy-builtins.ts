import { createRequire } from 'node:module';

const requireLazily = createRequire(import.meta.url);

/**
 * Node built-ins loaded on first use, synchronously. node:child_process and node:tty pull in net
 * and the stream machinery, which a refusal in deny mode never needs: start-up is most of the full
 * check's cost. (A dynamic import() cannot be used: the shim bundle runs from V8's code cache.)
 */
export function childProcess(): typeof import('node:child_process') {
  return requireLazily('node:child_process') as typeof import('node:child_process');
}

export function ttyModule(): typeof import('node:tty') {
  return requireLazily('node:tty') as typeof import('node:tty');
}

export function streamModule(): typeof import('node:stream') {
  return requireLazily('node:stream') as typeof import('node:stream');
}

export function cryptoModule(): typeof import('node:crypto') {
  return requireLazily('node:crypto') as typeof import('node:crypto');
}
