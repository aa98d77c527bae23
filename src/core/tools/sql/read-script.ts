import type { Context } from '../../types.js';

/** The real FileView reads at most this much (src/io/node-files.ts); larger scripts cannot be cleared. */
export const MAX_ANALYSED_FILE_BYTES = 16 * 1024 * 1024;

export type ScriptRead = { ok: true; text: string } | { ok: false; why: string };

/** A script file's whole text, or why guard cannot analyse it (unreadable, or only a prefix was read). */
export function readScript(ctx: Context, path: string): ScriptRead {
  const text = ctx.fs.readText(path);
  if (text === undefined) return { ok: false, why: 'guard cannot read it' };
  const size = ctx.fs.stat(ctx.fs.realpath(path) ?? path)?.size;
  if (size !== undefined && size > MAX_ANALYSED_FILE_BYTES)
    return { ok: false, why: `it is larger (${size} bytes) than guard analyses` };
  return { ok: true, text };
}
