// `source FILE` / `. FILE` runs the file in the current shell: its functions, variables and `cd` last
// for the rest of the line, so it is walked in the line's own scope (findings name the file and line).
import { posix } from 'node:path';
import { readFollowed, splitPieces, displayPath } from '../follow/script.js';
import { MAX_DEPTH, hasUnknown, type StdinSource } from '../unwrap/invocation.js';
import type { Scope } from './builtins.js';
import { walkList, type Walk } from './analyse-line.js';

/** True when the file was read and walked here; false leaves `source` to the ordinary handler. */
export function sourceInScope(argv: string[], scope: Scope, input: StdinSource, walk: Walk): boolean {
  const file = argv[1];
  if ((argv[0] !== 'source' && argv[0] !== '.') || file === undefined || hasUnknown(file) || file.startsWith('/dev/'))
    return false;
  if (walk.calls >= MAX_DEPTH) return false;
  const ctx = { ...walk.base, cwd: scope.cwd };
  const path = posix.resolve(scope.cwd, file);
  const read = readFollowed(path, file, ctx, 'the script');
  if (read === undefined || 'findings' in read) return false;
  const pieces = splitPieces(read.text, displayPath(path, ctx));
  if ('finding' in pieces) return false;
  const outer = walk.findings;
  walk.calls++;
  try {
    for (const chunk of pieces.chunks) {
      walk.findings = [];
      walkList(chunk.list, scope, input, walk);
      for (const f of walk.findings) outer.push({ ...f, details: [...f.details, `from ${chunk.where}`] });
    }
  } finally {
    walk.findings = outer;
    walk.calls--;
  }
  return true;
}
