// Pathname expansion as the shell does it, against guard's read-only view of the files: used where a
// value guard reads (a loop variable, ls's operands) is a pattern the shell expands when it runs.
import { posix } from 'node:path';
import type { Context } from '../types.js';

/** Characters that make a word a pattern. */
export const GLOB = /[*?[]/;

/** The files a glob names (as the shell would expand it when the loop or command runs); a plain path as is. */
export function globbed(path: string, ctx: Context, limit = 1000): string[] {
  if (!GLOB.test(path)) return [path];
  let found = ['/'];
  for (const segment of path.split('/').filter(Boolean)) {
    if (!GLOB.test(segment)) {
      found = found.map((dir) => posix.join(dir, segment));
      continue;
    }
    const match = globRegExp(segment);
    found = found
      .flatMap((dir) =>
        (ctx.fs.readdir(dir) ?? [])
          .filter((e) => match.test(e) && (segment.startsWith('.') || !e.startsWith('.')))
          .map((e) => posix.join(dir, e)),
      )
      .slice(0, limit);
  }
  return found;
}

function globRegExp(segment: string): RegExp {
  let re = '';
  for (let k = 0; k < segment.length; k++) {
    const c = segment[k] as string;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = segment.indexOf(']', k + 2);
      if (end < 0) re += '\\[';
      else {
        re += `[${segment
          .slice(k + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        k = end;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
