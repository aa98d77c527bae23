// Commands in CI workflows and compose files: GitHub Actions `run:`, GitLab CI `script:` (and
// before_/after_script), docker-compose `command:`/`entrypoint:`.
import { shellJoin, splitLines, type ScriptUnit } from './command-lines.js';
import { flowSequence, listBelow, unquote, valueAt } from './yaml-scalars.js';

const KEY = /^(\s*)(-\s+)?([\w-]+):(\s+(.*))?$/;

interface KeyLine {
  at: number;
  indent: number;
  key: string;
  rest: string;
}

function keyLines(lines: readonly string[], keys: ReadonlySet<string>): KeyLine[] {
  const found: KeyLine[] = [];
  lines.forEach((text, at) => {
    const m = KEY.exec(text);
    if (!m || !keys.has(m[3] as string)) return;
    found.push({ at, indent: (m[1] as string).length + (m[2]?.length ?? 0), key: m[3] as string, rest: m[5] ?? '' });
  });
  return found;
}

/** GitHub Actions: each `run:` (a one-line command or a block run as one script). */
export function githubActionsUnits(text: string): ScriptUnit[] {
  const lines = splitLines(text);
  return keyLines(lines, new Set(['run'])).flatMap((k) => {
    const unit = valueAt(lines, k.at, k.indent, k.rest).unit;
    if (!unit) return [];
    const env = stepEnv(lines, k.at, k.indent);
    return [env ? { ...unit, env } : unit];
  });
}

/**
 * The `env:` mapping of the step that holds the `run:` at line `at` (keys at `indent`). A value
 * that is a `${{ … }}` expression is left out: guard does not guess what it will be.
 */
function stepEnv(lines: readonly string[], at: number, indent: number): Record<string, string> | undefined {
  const inStep = (i: number): boolean => {
    const text = lines[i] as string;
    if (text.trim() === '' || text.trim().startsWith('#')) return true;
    const own = text.length - text.trimStart().length;
    return own > indent || (own === indent && !text.trimStart().startsWith('- '));
  };
  let start = at;
  while (start > 0 && inStep(start - 1) && !/^\s*-\s/.test(lines[start] as string)) start--;
  let end = at;
  while (end + 1 < lines.length && inStep(end + 1)) end++;
  const envAt = lines
    .slice(start, end + 1)
    .findIndex((l) => new RegExp(`^(\\s*-\\s+|\\s{${indent}})env:\\s*$`).test(l));
  if (envAt === -1) return undefined;
  const env: Record<string, string> = {};
  for (let i = start + envAt + 1; i <= end; i++) {
    const m = /^(\s+)([A-Za-z_][A-Za-z0-9_]*):\s*(.*)$/.exec(lines[i] as string);
    if (!m || (m[1] as string).length <= indent) break;
    const value = unquote(m[3] as string);
    if (!value.includes('${{')) env[m[2] as string] = value;
  }
  return Object.keys(env).length > 0 ? env : undefined;
}

/** GitLab CI: the items of `script:`, `before_script:`, `after_script:` (a list, or one scalar). */
export function gitlabUnits(text: string): ScriptUnit[] {
  const lines = splitLines(text);
  return keyLines(lines, new Set(['script', 'before_script', 'after_script'])).flatMap((k) => {
    const flow = flowSequence(k.rest);
    if (flow) return flow.map((item) => ({ line: k.at + 1, lines: [item] }));
    if (k.rest.trim() !== '') return valueAt(lines, k.at, k.indent, k.rest).unit ?? [];
    return listBelow(lines, k.at, k.indent).units;
  });
}

/** docker-compose: `command:` and `entrypoint:` as a string, a flow list or a block list (one command). */
export function composeUnits(text: string): ScriptUnit[] {
  const lines = splitLines(text);
  return keyLines(lines, new Set(['command', 'entrypoint'])).flatMap((k): ScriptUnit[] => {
    const flow = flowSequence(k.rest);
    if (flow) return [{ line: k.at + 1, lines: [shellJoin(flow)] }];
    const inline = k.rest.trim() !== '' ? valueAt(lines, k.at, k.indent, k.rest).unit : undefined;
    if (inline) return [inline];
    const items = listBelow(lines, k.at, k.indent).units.flatMap((u) => u.lines);
    return items.length > 0 ? [{ line: k.at + 1, lines: [shellJoin(items)] }] : [];
  });
}
