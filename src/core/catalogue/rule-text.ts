// The texts of a rule made from an operation spec; the undo, when given, ends the rationale.
import type { Rule, RuleExample, RuleMatch } from '../rule.js';
import type { OperationSpec } from './operation-spec.js';

export function operationRuleText(
  spec: OperationSpec,
): Pick<Rule<unknown>, 'id' | 'summary' | 'message' | 'rationale' | 'safer'> {
  const undo = spec.undo ? ` Undo: ${spec.undo}${/[.!]$/.test(spec.undo) ? '' : '.'}` : '';
  return {
    id: spec.id,
    summary: spec.summary,
    message: spec.message,
    rationale: `${spec.rationale}${undo}`,
    safer: spec.safer,
  };
}

/** `except` entries as readable lines: the command shape, then why it is benign. */
export function exceptionLines(spec: OperationSpec): string[] {
  return (spec.when.except ?? []).map((e) => {
    const path = (e.args ?? []).map((w) => (typeof w === 'string' ? w : w.join('|'))).join(' ');
    const extra = [...(e.flags ?? []), ...(e.anyArg ? [`any of ${e.anyArg.join(', ')}`] : [])].join(', ');
    return `${[path, extra].filter((x) => x !== '').join(' with ') || '(any)'}: ${e.reason}`;
  });
}

export function toExample(e: OperationSpec['examples']['destructive'][number]): RuleExample {
  const example: RuleExample = { argv: e.argv };
  if (e.env) example.env = e.env;
  if (e.cwd) example.cwd = e.cwd;
  if (e.resource !== undefined) example.resource = e.resource;
  if (e.environment !== undefined) example.environment = e.environment;
  if (e.note) example.note = e.note;
  if (e.stdin !== undefined) example.stdin = e.stdin;
  return example;
}

/** The panel shows a finding's details: the undo goes there too, so the person confirming reads it. */
export function withUndo(
  result: RuleMatch | RuleMatch[] | null,
  undo: string | undefined,
): RuleMatch | RuleMatch[] | null {
  if (!result || !undo) return result;
  const add = (m: RuleMatch): RuleMatch => ({ ...m, details: [...(m.details ?? []), `undo: ${undo}`] });
  return Array.isArray(result) ? result.map(add) : add(result);
}
