import type { Context } from '../types.js';

/**
 * Stands in for text guard cannot see (an unset variable, `$(…)`, xargs input). It travels through
 * every unwrapping step inside the argv strings, and is resolved at the end: as empty (the worst case
 * for paths) and, when that is harmless, as a worst-case value.
 */
export const UNKNOWN = '\u0000';

export function hasUnknown(text: string): boolean {
  return text.includes(UNKNOWN);
}

/** Where a command's standard input comes from, as far as guard can tell. */
export type StdinSource =
  { kind: 'terminal' } | { kind: 'text'; text: string; from: string } | { kind: 'opaque'; from: string };

/** One simple command about to run, with the context the shell gives it. */
export interface Invocation {
  argv: string[];
  ctx: Context;
  stdin: StdinSource;
  /** How many wrappers and nested shells led here; bounded, failing closed. */
  depth: number;
}

/** Nested shells and wrappers deeper than this are not followed: the command needs confirmation. */
export const MAX_DEPTH = 8;

export function displayArg(arg: string): string {
  return arg.split(UNKNOWN).join('…');
}

/** The pack-facing view of a text stdin; the text is read only when a pack asks for it. */
export function stdinView(source: StdinSource): Context['stdin'] {
  if (source.kind !== 'text') return undefined;
  return {
    get text(): string {
      return source.text;
    },
    truncated: false,
  };
}

/** The same invocation one level deeper, with a new argv (and optionally a new context). */
export function deeper(inv: Invocation, argv: string[], ctx: Context = inv.ctx): Invocation {
  return { argv, ctx, stdin: inv.stdin, depth: inv.depth + 1 };
}
