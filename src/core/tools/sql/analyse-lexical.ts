// A careful lexical analysis of one SQL statement, for MySQL (no parser shipped) and for
// PostgreSQL when the real parser is not loaded. It reads tokens, so comments, strings and quoted
// identifiers never look like keywords; DML is recognised where a statement can start.
import { nextToken, type SqlDialect, type Token } from './next-token.js';
import { boundedPush, withMore } from './bounded-effects.js';
import { ADMIN_FUNCTIONS, OPAQUE_FUNCTIONS, effect, type SqlEffect } from './sql-effect.js';
import { mayHaveEffect } from './needs-parse.js';
import { clickhouseAlterEffects } from './clickhouse-alter.js';

const DROP_OBJECT_WORDS = new Set([
  'TABLE',
  'KEYSPACE',
  'DATABASE',
  'SCHEMA',
  'VIEW',
  'MATERIALIZED',
  'INDEX',
  'SEQUENCE',
  'FUNCTION',
  'PROCEDURE',
  'TRIGGER',
  'TYPE',
  'EXTENSION',
  'ROLE',
  'USER',
  'TABLESPACE',
  'EVENT',
  'DOMAIN',
  'FOREIGN',
  'TEMPORARY',
  'TEMP',
  'SERVER',
  'POLICY',
  'RULE',
  'PUBLICATION',
  'SUBSCRIPTION',
  'COLLATION',
  'AGGREGATE',
  'OPERATOR',
  'CONCURRENTLY',
  'UNLOGGED',
  'LANGUAGE',
  'OWNED',
  'BY',
  'DATA',
  'WRAPPER',
  'STATISTICS',
  'CONVERSION',
  'ACCESS',
  'METHOD',
  'CAST',
  'TRANSFORM',
  'ROUTINE',
  'TEXT',
  'SEARCH',
  'CONFIGURATION',
  'DICTIONARY',
  'PARSER',
  'TEMPLATE',
  'GROUP',
  'ONLINE',
  'OFFLINE',
  'IF',
  'EXISTS',
]);
const NAME_TYPES = new Set(['word', 'ident', 'string', 'variable']);

export function analyseLexically(sql: string, dialect: SqlDialect): SqlEffect[] {
  // Most statements (bulk INSERTs above all) hold no word the analysis acts on: skip tokenising them.
  if (!mayHaveEffect(sql.toLowerCase())) return [];
  const out: SqlEffect[] = [];
  // Many statements with the same effect on one resource are kept as a few and a count.
  const add = boundedPush<SqlEffect>(out, (last, more) => void (last.details = withMore(last.details, more)));
  // One statement's tokens at a time (statements end at `;` outside parentheses): a long script is
  // never held as tokens.
  let statement: Token[] = [];
  let depth = 0;
  const analyse = (): void => {
    for (const e of analyseStatement(statement, dialect))
      add({ ...e, details: [...e.details] }, `${e.kind}\0${e.resource}`);
    statement = [];
  };
  for (let t = nextToken(sql, 0, dialect); t; t = nextToken(sql, t.end, dialect)) {
    if (t.type === 'backslash') continue;
    if (t.value === '(') depth++;
    if (t.value === ')') depth = Math.max(0, depth - 1);
    statement.push(t);
    if (t.type === 'punct' && t.value === ';' && depth === 0) analyse();
  }
  if (statement.length > 0) analyse();
  return out;
}

function analyseStatement(tokens: Token[], dialect: SqlDialect): SqlEffect[] {
  const first = tokens[0]?.value;
  const out: SqlEffect[] = [];
  if (first === 'DROP') out.push(...dropEffects(tokens, dialect));
  if (first === 'TRUNCATE')
    out.push(...namesAfter(tokens, 1, ['TABLE', 'ONLY']).map((n) => effect('truncate', n, cascadeDetail(tokens))));
  if (first === 'ALTER' && tokens[1]?.value === 'TABLE') out.push(...alterEffects(tokens));
  if (first === 'DO' && dialect === 'postgres')
    out.push(effect('opaque', 'DO-block', ['DO runs procedural code guard does not analyse']));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== 'word') continue;
    const prev = tokens[i - 1];
    const startsStatement =
      !prev || (prev.type === 'punct' && (prev.value === '(' || prev.value === ')' || prev.value === ';'));
    if (startsStatement && (t.value === 'DELETE' || t.value === 'UPDATE')) out.push(...dmlEffect(tokens, i));
    if (startsStatement && t.value === 'MERGE' && hasSequence(tokens, i, ['THEN', 'DELETE'])) {
      out.push(
        effect('delete-all', namesAfter(tokens, i + 1, ['INTO', 'ONLY'])[0] ?? '(unknown)', [
          'MERGE … THEN DELETE removes every matched row',
        ]),
      );
    }
    const name = t.value.toLowerCase();
    if (tokens[i + 1]?.value === '(' && ADMIN_FUNCTIONS.has(name))
      out.push(effect('admin-function', name, [`${name}(…) acts on the server outside any transaction's undo`]));
    if (tokens[i + 1]?.value === '(' && OPAQUE_FUNCTIONS.has(name))
      out.push(effect('opaque', name, [`${name}(…) runs SQL text guard cannot see`]));
  }
  return out;
}

function dropEffects(tokens: Token[], dialect: SqlDialect): SqlEffect[] {
  let i = 1;
  const kind: string[] = [];
  // Object-kind words, but never the last name-like token (a table may be called `user`).
  while (
    tokens[i]?.type === 'word' &&
    DROP_OBJECT_WORDS.has(tokens[i]?.value as string) &&
    NAME_TYPES.has(tokens[i + 1]?.type ?? 'punct')
  )
    kind.push(tokens[i++]?.value as string);
  const what = kind.filter((k) => !['IF', 'EXISTS'].includes(k)).join(' ');
  const names = namesAfter(tokens, i, []);
  const details = [`DROP ${what}`.trim(), ...cascadeDetail(tokens)];
  const prefix = what === 'OWNED BY' ? 'owned-by:' : '';
  if (dialect === 'mysql' && what === 'INDEX') {
    const on = tokens.findIndex((t) => t.value === 'ON');
    const table = on === -1 ? undefined : namesAfter(tokens, on + 1, [])[0];
    return names.slice(0, 1).map((n) => effect('drop', table ? `${table}.${n}` : n, details));
  }
  return names.map((n) => effect('drop', prefix + n, details));
}

function alterDropEffects(tokens: Token[]): SqlEffect[] {
  const table = namesAfter(tokens, 2, ['IF', 'EXISTS', 'ONLY'])[0] ?? '(unknown)';
  const out: SqlEffect[] = [];
  let depth = 0;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.value === '(') depth++;
    if (t.value === ')') depth--;
    const prev = tokens[i - 1];
    if (depth !== 0 || t.type !== 'word' || t.value !== 'DROP') continue;
    if (!(prev?.value === ',' || i === 3 || (prev?.type !== 'punct' && isTableNameEnd(tokens, i)))) continue;
    const subject = namesAfter(tokens, i + 1, [
      'COLUMN',
      'CONSTRAINT',
      'IF',
      'EXISTS',
      'INDEX',
      'KEY',
      'FOREIGN',
      'CHECK',
      'PARTITION',
    ])[0];
    if (tokens[i + 1]?.value === 'PRIMARY')
      out.push(effect('alter-drop', `${table}.primary-key`, ['ALTER TABLE … DROP PRIMARY KEY']));
    else if (subject)
      out.push(
        effect('alter-drop', `${table}.${subject}`, [
          `ALTER TABLE … DROP ${tokens[i + 1]?.value ?? ''}`.trim(),
          ...cascadeDetail(tokens),
        ]),
      );
  }
  return out;
}

/** True when DROP directly follows the table name (the first action of ALTER TABLE). */
function isTableNameEnd(tokens: Token[], dropIndex: number): boolean {
  const before = tokens.slice(2, dropIndex).filter((t) => !['IF', 'EXISTS', 'ONLY', '*'].includes(t.value));
  // A (qualified) name alternates name, '.', name …
  return before.length % 2 === 1 && before.every((t, k) => (k % 2 === 0 ? NAME_TYPES.has(t.type) : t.value === '.'));
}

/** DELETE/UPDATE starting at `i`: all rows unless a WHERE at the same depth restricts them. */
function dmlEffect(tokens: Token[], i: number): SqlEffect[] {
  const verb = tokens[i]?.value as string;
  const skip =
    verb === 'DELETE' ? ['FROM', 'ONLY', 'LOW_PRIORITY', 'QUICK', 'IGNORE'] : ['ONLY', 'LOW_PRIORITY', 'IGNORE'];
  const target = namesAfter(tokens, i + 1, skip)[0] ?? '(unknown)';
  let depth = 0;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.value === '(') depth++;
    if (t.value === ')') {
      if (depth === 0) break;
      depth--;
    }
    if (t.value === ';' && depth === 0) break;
    if (depth === 0 && t.type === 'word' && t.value === 'WHERE') {
      if (!isConstantTrueLexically(tokens, j + 1)) return [];
      return [
        effect(verb === 'DELETE' ? 'delete-all' : 'update-all', target, [
          `${verb} with an always-true WHERE affects every row`,
        ]),
      ];
    }
  }
  return [effect(verb === 'DELETE' ? 'delete-all' : 'update-all', target, [`${verb} without WHERE affects every row`])];
}

const CLAUSE_END = new Set(['ORDER', 'LIMIT', 'RETURNING', ';', ')']);

function isConstantTrueLexically(tokens: Token[], from: number): boolean {
  const cond: Token[] = [];
  for (let k = from; k < tokens.length && !CLAUSE_END.has((tokens[k] as Token).value); k++)
    cond.push(tokens[k] as Token);
  const text = cond.map((t) => (t.type === 'string' ? `'${t.value}'` : t.value)).join(' ');
  if (['TRUE', '1', "'1'", 'NOT FALSE'].includes(text)) return true;
  const eq = /^(\S+) = (\S+)$/.exec(text);
  if (eq && eq[1] === eq[2]) return true;
  return /(^| )OR (TRUE|1)( |$)/.test(text) || /(^| )OR (\S+) = \2( |$)/.test(text);
}

/** Comma-separated (qualified) names starting at `from`, after skipping the given words. */
function namesAfter(tokens: Token[], from: number, skipWords: string[]): string[] {
  let i = from;
  while (i < tokens.length && tokens[i]?.type === 'word' && skipWords.includes(tokens[i]?.value as string)) i++;
  const names: string[] = [];
  let current: string[] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.value === '.') continue;
    if (t.value === ',') {
      if (current.length) names.push(current.join('.'));
      current = [];
      continue;
    }
    if (current.length === 0 && t.type === 'word' && skipWords.includes(t.value)) continue; // `a, ONLY b`
    if (!NAME_TYPES.has(t.type) || (t.type === 'word' && current.length > 0 && tokens[i - 1]?.value !== '.')) break;
    current.push(t.type === 'word' ? t.text : t.value);
  }
  if (current.length) names.push(current.join('.'));
  return names;
}

function cascadeDetail(tokens: Token[]): string[] {
  return tokens.some((t) => t.type === 'word' && t.value === 'CASCADE')
    ? ['CASCADE: every object that depends on it is dropped too']
    : [];
}

/** ALTER TABLE's drops, and ClickHouse's; a ClickHouse partition drop is reported once, under its partition. */
function alterEffects(tokens: Token[]): SqlEffect[] {
  const clickhouse = clickhouseAlterEffects(tokens, (k) => isConstantTrueLexically(tokens, k));
  const partitions = clickhouse.some((e) => e.kind === 'alter-drop');
  const plain = alterDropEffects(tokens).filter(
    (e) => !(partitions && /\.(DETACHED|PART|ID\.[^.]+)$/i.test(e.resource)),
  );
  const all = [...plain, ...clickhouse];
  return all.filter((e, i) => all.findIndex((f) => f.kind === e.kind && f.resource === e.resource) === i);
}

function hasSequence(tokens: Token[], from: number, words: string[]): boolean {
  for (let i = from; i < tokens.length; i++) if (words.every((w, k) => tokens[i + k]?.value === w)) return true;
  return false;
}
