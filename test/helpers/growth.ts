/**
 * Best-of-`tries` CPU time of `fn` in milliseconds: CPU time, not wall time, so that other
 * processes on a loaded machine do not count; the minimum filters out GC pauses.
 */
export function timeOf(fn: () => unknown, tries = 3): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

export interface Growth {
  label: string;
  small: number;
  large: number;
  /** large / small; near 4 for linear work at 4× the size, 16 for quadratic. */
  ratio: number;
}

/**
 * Time at size n (once, cheap); inputs slower than `threshold` ms are timed again at n and 4n.
 * Returns the growth of those suspicious inputs only (linear work at these sizes stays far below the threshold).
 */
export function measureGrowth(
  label: string,
  make: (n: number) => () => unknown,
  n: number,
  threshold: number,
): Growth | undefined {
  const first = timeOf(make(n), 1);
  if (first < threshold) return undefined;
  const small = timeOf(make(n));
  const large = timeOf(make(4 * n));
  return { label, small, large, ratio: large / Math.max(small, 0.01) };
}

/** Near-linear with generous slack: 4× the input may cost at most 10× the time (quadratic costs 16×), plus noise. */
export function isNearLinear(g: Growth): boolean {
  return g.large <= 10 * g.small + 25;
}

/** `pattern` repeated to exactly n characters. */
export function repeatTo(pattern: string, n: number): string {
  return pattern.repeat(Math.ceil(n / pattern.length)).slice(0, n);
}
