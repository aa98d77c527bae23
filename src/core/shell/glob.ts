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
    const match = patternRegExp(segment);
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

/**
 * A shell pattern (`*`, `?`, `[…]`, `[!…]`) as a regular expression over a whole name. With `escapes`,
 * a backslash makes the next character literal (find's -name and -path; the shell has removed them from
 * the fields it expands).
 */
export function patternRegExp(pattern: string, options: { caseless?: boolean; escapes?: boolean } = {}): RegExp {
  let re = '';
  for (let k = 0; k < pattern.length; k++) {
    const c = pattern[k] as string;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (options.escapes && c === '\\' && k + 1 < pattern.length)
      re += (pattern[++k] as string).replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
    else if (c === '[') {
      const end = pattern.indexOf(']', k + 2);
      if (end < 0) re += '\\[';
      else {
        re += `[${pattern
          .slice(k + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        k = end;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, options.caseless ? 'i' : '');
}

/** Most names one pattern expands to here; past this the pattern stays as written (the packs judge it as a pattern). */
const MAX_MATCHES = 1000;

/**
 * Pathname expansion of a command's fields, as bash does before it runs the command: a field with a
 * pattern becomes the sorted names it matches (written as the field was: relative, ./ or absolute),
 * or stays as written when nothing matches. `mayGlob` says the word had an unquoted pattern character.
 */
export function expandPathnames(fields: readonly string[], mayGlob: boolean, cwd: string, ctx: Context): string[] {
  if (!mayGlob) return fields as string[];
  return fields.flatMap((field) => {
    if (!GLOB.test(field) || field.includes('\u0000')) return [field];
    const absolute = posix.resolve(cwd, field);
    const matches = globbed(absolute, ctx, MAX_MATCHES + 1).filter((path) => ctx.fs.stat(path) !== undefined);
    if (matches.length === 0 || matches.length > MAX_MATCHES) return [field];
    const shown = (path: string): string => {
      if (field.startsWith('/')) return path;
      const relative = posix.relative(cwd, path);
      return field.startsWith('./') && !relative.startsWith('../') ? `./${relative}` : relative;
    };
    return matches.map(shown).sort();
  });
}
