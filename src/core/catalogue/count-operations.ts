// Concrete operations an operation spec names: every spelled-out command path (the product of its
// literal alternatives). A `*` pattern counts for nothing: a verb grammar is not a list of operations.
import type { OperationSpec } from './operation-spec.js';
import { literalsOf } from './word-pattern.js';

export function concreteOperations(spec: OperationSpec): string[] {
  const command = spec.commands?.[0] ?? spec.tool ?? spec.id.split('/')[0] ?? '';
  let paths: string[][] = [[command]];
  for (const pattern of spec.when.args ?? []) {
    const words = literalsOf(pattern);
    if (words.length === 0) return [];
    paths = paths.flatMap((p) => words.map((w) => [...p, w]));
  }
  return paths.map((p) => p.join(' '));
}
