/**
 * How a run ended: the tool exited with a code, or a signal ended it. Kept apart because a shell
 * cannot tell `exit 143` from SIGTERM by the number alone, and guard must leave the same way.
 */
export type Outcome = { kind: 'exit'; code: number } | { kind: 'signal'; signal: string; number: number };

export function exited(code: number): Outcome {
  return { kind: 'exit', code };
}

/** The status a shell reports for it (128 + n for a signal), as audit records keep it. */
export function statusOf(outcome: Outcome | number): number {
  if (typeof outcome === 'number') return outcome;
  return outcome.kind === 'exit' ? outcome.code : 128 + outcome.number;
}
