// The texts of a rule made from an operation spec; the undo, when given, ends the rationale.
import type { Rule, RuleExample } from '../rule.js';
import type { OperationSpec } from './operation-spec.js';

export function operationRuleText(spec: OperationSpec): Pick<Rule<unknown>, 'id' | 'summary' | 'message' | 'rationale' | 'safer'> {
  const undo = spec.undo ? ` Undo: ${spec.undo}${/[.!]$/.test(spec.undo) ? '' : '.'}` : '';
  return { id: spec.id, summary: spec.summary, message: spec.message, rationale: `${spec.rationale}${undo}`, safer: spec.safer };
}

export function toExample(e: OperationSpec['examples']['destructive'][number]): RuleExample {
  const example: RuleExample = { argv: e.argv };
  if (e.env) example.env = e.env;
  if (e.cwd) example.cwd = e.cwd;
  if (e.resource !== undefined) example.resource = e.resource;
  if (e.environment !== undefined) example.environment = e.environment;
  if (e.note) example.note = e.note;
  return example;
}
