import { posix } from 'node:path';
import type { Context } from '../../types.js';

/** One thing rm would remove, after guard's normalisation. */
export interface RmTarget {
  /** The operand as rm received it. */
  operand: string;
  /** Absolute, normalised; the link itself when rm removes a symlink rather than its target. */
  path: string;
  /** The resource name shown and typed: the path, or `DIR/*` when a glob covers the directory. */
  display: string;
  /** Set when the operand (or the operand list) stands for every entry of `path`. */
  wholeDirectory?: 'literal-glob' | 'expanded-glob';
  /** Set when the operand names a symlink: rm removes the link, unless a trailing slash makes it follow. */
  symlink?: { followed: boolean };
  /** For an expanded glob: the operands it stands for (judged one by one if the directory is not at risk). */
  members?: RmTarget[];
  /** Set when guard expanded a literal `~` the shell left alone. */
  tilde?: boolean;
}

/** The directory guard compares against, symlinks resolved. */
export function realDirectory(path: string, ctx: Context): string {
  const lexical = posix.resolve(ctx.cwd, path);
  return ctx.fs.realpath(lexical) ?? lexical;
}

/**
 * Normalises one operand: `~` and `~/…`, relative to cwd, `..`, `//`, trailing slashes, and symlinks in
 * every component but the last. The last component is followed only where rm follows it: a trailing
 * slash or a final `.`/`..` (rm -r link/ empties the link's target; rm -r link removes the link).
 * `..` is resolved lexically, as node's realpath does.
 */
export function resolveOperand(operand: string, ctx: Context): RmTarget {
  const tilde = operand === '~' || operand.startsWith('~/');
  const text = tilde ? ctx.home + operand.slice(1) : operand;
  const base: Pick<RmTarget, 'operand'> & { tilde?: boolean } = tilde ? { operand, tilde } : { operand };
  const bare = text.replace(/(.)\/+$/, '$1');
  if (bare === '*' || bare.endsWith('/*')) {
    const dir = realDirectory(bare === '*' ? '.' : bare.slice(0, -2) || '/', ctx);
    return { ...base, path: dir, display: dir === '/' ? '/*' : `${dir}/*`, wholeDirectory: 'literal-glob' };
  }
  const lexical = posix.resolve(ctx.cwd, text);
  const last = text.replace(/\/+$/, '').split('/').pop() ?? '';
  const followsLast = /\/$/.test(text) || last === '.' || last === '..' || lexical === '/';
  const wasLink = ctx.fs.stat(lexical)?.isSymlink === true;
  if (followsLast) {
    const path = ctx.fs.realpath(lexical) ?? lexical;
    return { ...base, path, display: path, ...(wasLink ? { symlink: { followed: true } } : {}) };
  }
  const parent = realDirectory(posix.dirname(lexical), ctx);
  const path = posix.join(parent, posix.basename(lexical));
  const isLink = ctx.fs.stat(path)?.isSymlink === true;
  return { ...base, path, display: path, ...(isLink ? { symlink: { followed: false } } : {}) };
}
