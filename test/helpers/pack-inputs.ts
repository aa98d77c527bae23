import type { RuleExample, RulePack } from '../../src/core/rule.js';

/** Every example of a pack, destructive and benign, with its rule id. */
export function packExamples(
  pack: RulePack<any>,
): { rule: string; kind: 'destructive' | 'benign'; example: RuleExample }[] {
  return pack.rules.flatMap((rule) => [
    ...rule.examples.destructive.map((example) => ({ rule: rule.id, kind: 'destructive' as const, example })),
    ...rule.examples.benign.map((example) => ({ rule: rule.id, kind: 'benign' as const, example })),
  ]);
}

/** Distinct example argvs of a pack: the shapes its parser and rules know. */
export function packArgvs(pack: RulePack<any>): string[][] {
  const seen = new Map<string, string[]>();
  for (const { example } of packExamples(pack)) seen.set(JSON.stringify(example.argv), example.argv);
  return [...seen.values()];
}

/** One argv per distinct first three words, at most `limit` (spread evenly): fewer, still covering the subcommands. */
export function packShapes(pack: RulePack<any>, limit = 24): string[][] {
  const seen = new Map<string, string[]>();
  for (const argv of packArgvs(pack)) {
    const key = argv.slice(0, 3).join('\0');
    if (!seen.has(key)) seen.set(key, argv);
  }
  const all = [...seen.values()];
  if (all.length <= limit) return all;
  return Array.from({ length: limit }, (_, k) => all[Math.floor((k * all.length) / limit)] as string[]);
}

/** Every word that appears in any example of any pack: the vocabulary random argvs are built from. */
export function exampleWords(packs: readonly RulePack<any>[]): string[] {
  const words = new Set<string>();
  for (const pack of packs) for (const argv of packArgvs(pack)) for (const w of argv) words.add(w);
  return [...words].sort();
}
