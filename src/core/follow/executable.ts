// A command given as a path (./deploy.sh, scripts/clean, node_modules/.bin/x): the kernel reads the
// file's shebang line. A shell script is followed; another interpreter is judged as that interpreter
// running the file; a file with no shebang is run by the shell.
import { posix } from 'node:path';
import type { PackIndex } from '../classify.js';
import { SHELLS } from '../unwrap/shells.js';
import { deeper, type Invocation } from '../unwrap/invocation.js';
import type { Recurse } from '../unwrap/simple-wrappers.js';
import type { Finding } from '../types.js';
import { followScriptFile, readFollowed } from './script.js';

/** The interpreter and its arguments from a `#!` line (`/usr/bin/env -S bash -e` → bash -e), or undefined. */
export function shebangOf(text: string): string[] | undefined {
  if (!text.startsWith('#!')) return undefined;
  const end = text.indexOf('\n');
  const words = text
    .slice(2, end === -1 ? undefined : end)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words[0] !== undefined && posix.basename(words[0]) === 'env') {
    const rest = words.slice(1).filter((w) => w !== '-S' && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
    return rest.length > 0 ? rest : undefined;
  }
  return words.length > 0 ? words : undefined;
}

/** Runs for a command word holding a `/`; undefined when it is not a readable text file (left to the packs). */
export function followExecutable(inv: Invocation, recurse: Recurse, index: PackIndex): Finding[] | undefined {
  const file = inv.argv[0] as string;
  const path = posix.resolve(inv.ctx.cwd, file);
  const read = readFollowed(path, file, inv.ctx, 'the program');
  if (read === undefined) return undefined;
  if ('findings' in read) return read.findings;
  if (read.text.slice(0, 1024).includes('\u0000')) return undefined;
  const shebang = shebangOf(read.text);
  const interpreter = shebang?.[0] === undefined ? 'sh' : posix.basename(shebang[0]);
  if (SHELLS.has(interpreter)) return followScriptFile(file, inv, index, [file, ...inv.argv.slice(1)]);
  // python3 FILE, node FILE …: whatever judges that interpreter's programs judges this one.
  return recurse(deeper(inv, [...(shebang ?? []), file, ...inv.argv.slice(1)]));
}
