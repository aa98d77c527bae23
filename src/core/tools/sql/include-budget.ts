// Bounds the work that files including files can cause (psql \i, mysql source, mongosh load()):
// a 4-line file that includes itself three times would otherwise fan out to 3^16 readings.

/** At most this many include readings, and this many bytes over all of them, per judged command. */
export const INCLUDE_LIMITS = { readings: 2000, bytes: 64 * 1024 * 1024 } as const;

export interface IncludeBudget {
  readings: number;
  bytes: number;
  /**
   * Inclusions already judged, by a key naming the file and the state it was read in, with the state
   * it left behind (psql: variables and connection), to be restored when the same inclusion repeats.
   */
  readonly judged: Map<string, unknown>;
}

export function createIncludeBudget(): IncludeBudget {
  return { readings: 0, bytes: 0, judged: new Map() };
}

export type IncludeAdmission = 'judge' | 'already-judged' | 'cycle' | 'over-budget';

const IN_PROGRESS = Symbol('in progress');

/**
 * Whether to judge one inclusion: a file judged before in the same state adds nothing new (its
 * findings are already listed); a file that includes itself is a cycle, and past the budget the
 * rest is unread: both are reported, so they fail closed.
 */
export function admitInclude(budget: IncludeBudget, key: string, bytes: number): IncludeAdmission {
  if (budget.judged.has(key)) return budget.judged.get(key) === IN_PROGRESS ? 'cycle' : 'already-judged';
  if (budget.readings + 1 > INCLUDE_LIMITS.readings || budget.bytes + bytes > INCLUDE_LIMITS.bytes)
    return 'over-budget';
  budget.readings++;
  budget.bytes += bytes;
  budget.judged.set(key, IN_PROGRESS);
  return 'judge';
}

/** Marks an inclusion judged, with the state it left behind (or `true` when there is none). */
export function finishInclude(budget: IncludeBudget, key: string, after: unknown = true): void {
  budget.judged.set(key, after);
}

export const CYCLE_WHY = 'it includes itself (a cycle)';

export const OVER_BUDGET_WHY = `including it would take guard past ${INCLUDE_LIMITS.readings} included files or ${INCLUDE_LIMITS.bytes / 1024 / 1024} MiB read for one command`;
