/** Line numbers for (mostly increasing) positions, counted incrementally: scripts can be large. */
export function lineCounter(src: string): (pos: number) => number {
  let at = 0;
  let line = 1;
  return (pos) => {
    if (pos < at) {
      at = 0;
      line = 1;
    }
    for (let i = src.indexOf('\n', at); i !== -1 && i < pos; i = src.indexOf('\n', i + 1)) line++;
    at = pos;
    return line;
  };
}
