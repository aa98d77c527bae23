import { classifyArgv, indexPacks, type PackIndex } from './classify.js';
import { exampleContext } from './example-context.js';
import { placeholdersOf } from './render-message.js';
import type { RuleExample, RulePack } from './rule.js';
import type { Context, GuardConfig } from './types.js';

/**
 * Problem kinds, after Semgrep's vocabulary:
 * missing — a destructive example its rule did not flag; noisy — a benign example some rule flagged;
 * wrong — flagged, but with the wrong resource or environment; invalid — the rule itself is malformed.
 */
export type ProblemKind = 'missing' | 'noisy' | 'wrong' | 'invalid';

export interface Problem {
  kind: ProblemKind;
  rule: string;
  example?: string;
  message: string;
}

export interface VerifyReport {
  problems: Problem[];
  /** Every example that was run, for test runners that want one test per example. */
  checked: { rule: string; kind: 'destructive' | 'benign'; example: string }[];
}

const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;
const KNOWN_PLACEHOLDERS = new Set(['resource', 'environment']);

export function describeExample(example: RuleExample): string {
  return example.argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}

/** Adds what the io layer would load before classifying (e.g. the SQL parser) to an example's context. */
export type ContextExtension = (ctx: Context) => Context;

/** Runs every example of every rule in `packs`, benign examples against all of `allPacks`. */
export function verifyPacks(
  packs: readonly RulePack<any>[],
  allPacks: readonly RulePack<any>[] = packs,
  config?: GuardConfig,
  extend: ContextExtension = (ctx) => ctx,
): VerifyReport {
  const index = indexPacks(allPacks);
  const report: VerifyReport = { problems: [], checked: [] };
  const seenIds = new Set<string>();
  for (const pack of packs) {
    for (const rule of pack.rules) {
      checkRuleShape(pack, rule, seenIds, report);
      for (const example of rule.examples.destructive) {
        report.checked.push({ rule: rule.id, kind: 'destructive', example: describeExample(example) });
        checkDestructive(rule.id, example, index, report, config, extend);
      }
      for (const example of rule.examples.benign) {
        report.checked.push({ rule: rule.id, kind: 'benign', example: describeExample(example) });
        checkBenign(rule.id, example, index, report, config, extend);
      }
    }
  }
  return report;
}

function checkRuleShape(
  pack: RulePack<any>,
  rule: RulePack<any>['rules'][number],
  seenIds: Set<string>,
  report: VerifyReport,
): void {
  const invalid = (message: string): void => void report.problems.push({ kind: 'invalid', rule: rule.id, message });
  if (!RULE_ID.test(rule.id)) invalid(`id "${rule.id}" is not tool/kebab-case`);
  if (!rule.id.startsWith(`${pack.tool}/`)) invalid(`id "${rule.id}" does not start with its pack "${pack.tool}/"`);
  if (seenIds.has(rule.id)) invalid(`duplicate rule id "${rule.id}"`);
  seenIds.add(rule.id);
  for (const field of ['summary', 'message', 'rationale', 'safer'] as const) {
    if (!rule[field] || rule[field].trim() === '') invalid(`missing ${field}`);
  }
  for (const name of placeholdersOf(rule.message)) {
    if (!KNOWN_PLACEHOLDERS.has(name)) invalid(`message uses unknown placeholder {{${name}}}`);
  }
  if (rule.examples.destructive.length === 0) invalid('no destructive examples');
  if (rule.examples.benign.length === 0) invalid('no benign examples');
  const all = [...rule.examples.destructive, ...rule.examples.benign].map((e) => JSON.stringify(e));
  const duplicates = all.filter((e, i) => all.indexOf(e) !== i);
  for (const d of new Set(duplicates)) invalid(`duplicate example ${d}`);
  for (const example of rule.examples.destructive) {
    if (!pack.commands.includes(example.argv[0] ?? ''))
      invalid(`example "${describeExample(example)}" does not start with one of ${pack.commands.join(', ')}`);
  }
}

function checkDestructive(
  ruleId: string,
  example: RuleExample,
  index: PackIndex,
  report: VerifyReport,
  config: GuardConfig | undefined,
  extend: ContextExtension,
): void {
  const decision = classifyArgv(example.argv, extend(exampleContext(example, config)), index);
  const name = describeExample(example);
  const mine = decision.findings.filter((f) => f.rule === ruleId);
  if (mine.length === 0) {
    const others = decision.findings.map((f) => f.rule).join(', ') || 'nothing';
    report.problems.push({
      kind: 'missing',
      rule: ruleId,
      example: name,
      message: `not flagged by ${ruleId} (flagged by: ${others})`,
    });
    return;
  }
  if (example.resource !== undefined && !mine.some((f) => f.resource === example.resource)) {
    report.problems.push({
      kind: 'wrong',
      rule: ruleId,
      example: name,
      message: `resource ${mine.map((f) => JSON.stringify(f.resource)).join(', ')}, expected ${JSON.stringify(example.resource)}`,
    });
  }
  if (example.environment !== undefined && !mine.some((f) => f.environment.name === example.environment)) {
    report.problems.push({
      kind: 'wrong',
      rule: ruleId,
      example: name,
      message: `environment ${mine.map((f) => JSON.stringify(f.environment.name)).join(', ')}, expected ${JSON.stringify(example.environment)}`,
    });
  }
}

function checkBenign(
  ruleId: string,
  example: RuleExample,
  index: PackIndex,
  report: VerifyReport,
  config: GuardConfig | undefined,
  extend: ContextExtension,
): void {
  const decision = classifyArgv(example.argv, extend(exampleContext(example, config)), index);
  if (decision.findings.length > 0) {
    const rules = decision.findings.map((f) => `${f.rule} (${f.resource})`).join(', ');
    report.problems.push({
      kind: 'noisy',
      rule: ruleId,
      example: describeExample(example),
      message: `benign example flagged by ${rules}`,
    });
  }
}
