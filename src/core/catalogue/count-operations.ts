// The operations an operation spec names, counted conservatively: one per spelled-out alternative
// at the widest position of its command path (`argocd app|cluster delete|rm` is 2, not 4, since
// not every pair exists), less the alternatives an unconditional exception takes out. A lone `*`
// is an operand and is skipped; `*` patterns (`delete-*`) count for nothing: a verb grammar is not
// a list of operations.
import type { OperationSpec } from './operation-spec.js';
import { literalsOf, type WordPattern } from './word-pattern.js';

export function concreteOperations(spec: OperationSpec): string[] {
  const command = spec.commands?.[0] ?? spec.tool ?? spec.id.split('/')[0] ?? '';
  const excluded = new Set(
    (spec.when.except ?? [])
      .filter((e) => !e.flags && !e.anyArg && (e.args ?? []).every((p) => typeof p === 'string' || p.length === 1))
      .map((e) =>
        words(e.args ?? [])
          .map((w) => w[0])
          .join(' '),
      ),
  );
  const path = words(spec.when.args ?? []).map((alternatives, i, all) =>
    alternatives.filter((w) => !excluded.has(all.map((a, j) => (j === i ? w : a[0])).join(' '))),
  );
  if (path.some((alternatives) => alternatives.length === 0)) return [];
  const widest = path.reduce(
    (best, alternatives, i) => (alternatives.length > (path[best]?.length ?? 0) ? i : best),
    0,
  );
  const widestWords = path[widest] ?? [];
  if (widestWords.length === 0) return [command];
  return widestWords.map((word) =>
    [command, ...path.map((alternatives, i) => (i === widest ? word : alternatives.join('|')))].join(' '),
  );
}

/** Literal alternatives per position; operands (`*`) are left out. */
function words(path: readonly WordPattern[]): string[][] {
  return path.filter((p) => p !== '*').map(literalsOf);
}
