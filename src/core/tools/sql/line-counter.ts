/**
 * Line numbers for (mostly increasing) positions, counted incrementally: scripts can be large, and
 * one line can hold 10⁵ statements, so the next newline is remembered rather than searched again.
 */
export function lineCounter(src: string): (pos: number) => number {
  let line = 1;
  let nextNewline = src.indexOf('\n');
  let at = 0;
  return (pos) => {
    if (pos < at) {
      line = 1;
      nextNewline = src.indexOf('\n');
    }
    while (nextNewline !== -1 && nextNewline < pos) {
      line++;
      nextNewline = src.indexOf('\n', nextNewline + 1);
    }
    at = pos;
    return line;
  };
}

/**
 * The index of the next `needle` at or after a position, for positions that mostly increase: an
 * occurrence found once is reused until the position passes it, so scanning stays linear.
 */
export function nextOccurrence(src: string, needle: string): (pos: number) => number {
  let from = -1;
  let found = -1;
  return (pos) => {
    if (from === -1 || pos < from || (found !== -1 && pos > found)) found = src.indexOf(needle, pos);
    from = pos;
    return found;
  };
}

/** The end of the line holding `pos`: the index of its `\n`, or the text's length. */
export function lineEnds(src: string): (pos: number) => number {
  const next = nextOccurrence(src, '\n');
  return (pos) => {
    const nl = next(pos);
    return nl === -1 ? src.length : nl;
  };
}
