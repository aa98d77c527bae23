// ClickHouse's own ALTER TABLE actions that remove data, for the lexical analysis: mutations
// (`ALTER TABLE t [ON CLUSTER c] DELETE WHERE …`, `UPDATE … WHERE …`) and partition drops
// (`DROP PARTITION 2023`, `DROP PART 'all_1_1_0'`, `DROP DETACHED PARTITION …`). Syntax checked at
// https://clickhouse.com/docs/sql-reference/statements/alter/delete and …/alter/partition.
// A mutation cannot be rolled back once submitted; a dropped partition is gone after ~10 minutes.
import type { Token } from './next-token.js';
import { effect, type SqlEffect } from './sql-effect.js';

const NAME = new Set(['word', 'ident', 'string']);

/** `tokens` is one statement starting `ALTER TABLE`; `always` says whether a WHERE holds for every row. */
export function clickhouseAlterEffects(tokens: readonly Token[], always: (from: number) => boolean): SqlEffect[] {
  let i = 2;
  while (tokens[i]?.value === 'IF' || tokens[i]?.value === 'EXISTS') i++;
  const name: string[] = [];
  while (NAME.has(tokens[i]?.type ?? '') && (name.length === 0 || tokens[i - 1]?.value === '.')) {
    name.push(tokens[i]?.type === 'word' ? (tokens[i] as Token).text : (tokens[i] as Token).value);
    i += tokens[i + 1]?.value === '.' ? 2 : 1;
  }
  const table = name.join('.') || '(unknown)';
  if (tokens[i]?.value === 'ON' && tokens[i + 1]?.value === 'CLUSTER') i += 3;
  const out: SqlEffect[] = [];
  let depth = 0;
  for (let start = true; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.value === '(') depth++;
    if (t.value === ')') depth--;
    if (depth !== 0) continue;
    if (t.value === ',') {
      start = true;
      continue;
    }
    if (!start) continue;
    start = false;
    out.push(...actionEffects(tokens, i, table, always));
  }
  return out;
}

function actionEffects(
  tokens: readonly Token[],
  i: number,
  table: string,
  always: (from: number) => boolean,
): SqlEffect[] {
  const verb = tokens[i]?.value;
  if (verb === 'DELETE' || verb === 'UPDATE') {
    const where = indexAtDepth(tokens, i, 'WHERE');
    if (where === -1 || !always(where + 1)) return [];
    return [
      effect(verb === 'DELETE' ? 'delete-all' : 'update-all', table, [
        `ALTER TABLE … ${verb} with an always-true WHERE: a mutation over every row, not rolled back`,
      ]),
    ];
  }
  if (verb !== 'DROP') return [];
  let j = i + 1;
  if (tokens[j]?.value === 'DETACHED') j++;
  if (tokens[j]?.value !== 'PARTITION' && tokens[j]?.value !== 'PART') return [];
  const what = tokens[j]?.value as string;
  if (tokens[j + 1]?.value === 'ID') j++;
  const subject = tokens[j + 1];
  const value = subject && subject.type !== 'punct' ? subject.value : 'expression';
  return [
    effect('alter-drop', `${table}.${value}`, [
      `ALTER TABLE … DROP ${tokens[i + 1]?.value === 'DETACHED' ? 'DETACHED ' : ''}${what}: its data is deleted`,
    ]),
  ];
}

function indexAtDepth(tokens: readonly Token[], from: number, word: string): number {
  let depth = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.value === '(') depth++;
    if (t.value === ')') depth--;
    if (depth === 0 && t.value === ',') return -1;
    if (depth === 0 && t.type === 'word' && t.value === word) return k;
  }
  return -1;
}
