import { readFileSync } from 'node:fs';

/**
 * Node decodes argv as UTF-8 and replaces invalid bytes with U+FFFD, so the strings it hands us
 * are not always the bytes the caller passed. The kernel's copy in /proc/self/cmdline is exact.
 * Returns the last `count` arguments as raw bytes, or undefined when that copy is unavailable.
 */
export function rawTrailingArgs(count: number): Buffer[] | undefined {
  let cmdline: Buffer;
  try {
    cmdline = readFileSync('/proc/self/cmdline');
  } catch {
    return undefined;
  }
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < cmdline.length; i++) {
    if (cmdline[i] === 0) {
      parts.push(cmdline.subarray(start, i));
      start = i + 1;
    }
  }
  return parts.length >= count ? parts.slice(parts.length - count) : undefined;
}

/** True when some argument lost bytes in decoding, so it must be passed on from the raw copy. */
export function needsRawArgs(args: readonly string[]): boolean {
  return args.some((a) => a.includes('\uFFFD'));
}

/**
 * A POSIX sh script, pure ASCII, that rebuilds each raw argument with printf octal escapes and
 * execs the tool: the only way to hand arbitrary bytes to a child from Node.
 */
export function byteExactExecScript(file: string, args: readonly Buffer[]): string {
  const lines = ['set --'];
  args.forEach((arg, i) => {
    lines.push(`a=$(printf '${octal(arg)}_'); set -- "$@" "\${a%_}"`);
    void i;
  });
  lines.push(`exec '${file.replace(/'/g, `'\\''`)}' "$@"`);
  return lines.join('\n');
}

function octal(bytes: Buffer): string {
  let out = '';
  for (const b of bytes) out += `\\${b.toString(8).padStart(3, '0')}`;
  return out;
}
