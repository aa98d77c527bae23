// Concrete operations an operation spec names: every spelled-out command path (the product of its
// literal alternatives), less the paths an unconditional exception takes out. A lone `*` is an
// operand (any word) and is skipped; alternatives that are `*` patterns (`delete-*`) count for
// nothing: a verb grammar is not a list of operations.
import type { OperationSpec } from './operation-spec.js';
import { literalsOf, type WordPattern } from './word-pattern.js';

export function concreteOperations(spec: OperationSpec): string[] {
  const command = spec.commands?.[0] ?? spec.tool ?? spec.id.split('/')[0] ?? '';
  const excluded = new Set((spec.when.except ?? []).filter((e) => !e.flags && !e.anyArg).flatMap((e) => paths(command, e.args ?? [])));
  return paths(command, spec.when.args ?? []).filter((p) => !excluded.has(p));
}

function paths(command: string, path: readonly WordPattern[]): string[] {
  let out: string[][] = [[command]];
  for (const pattern of path) {
    if (pattern === '*') continue;
    const words = literalsOf(pattern);
    if (words.length === 0) return [];
    out = out.flatMap((p) => words.map((w) => [...p, w]));
  }
  return out.map((p) => p.join(' '));
}
