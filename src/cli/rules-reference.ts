// The rule reference as text: `guard rules`, `guard rules show ID`, `guard rules test`. Pure: packs in, lines out.
import type { ContextExtension } from '../core/rule-tester.js';
import { classifyArgv, indexPacks } from '../core/classify.js';
import { displaySafe, shellQuote } from '../core/display.js';
import { exampleContext } from '../core/example-context.js';
import { describeEvidence } from '../core/present.js';
import type { Rule, RuleExample, RulePack } from '../core/rule.js';
import type { VerifyReport } from '../core/rule-tester.js';

export const sourceOf = (pack: RulePack<any>): string => pack.source ?? 'built-in';

/** `guard rules`: every rule with its one line, grouped by pack, with where the pack comes from. */
/** Destructive operations: a rule's listed command paths, or one for a hand-written rule. */
export const operationCount = (packs: readonly RulePack<any>[]): number =>
  packs.reduce((n, p) => n + p.rules.reduce((m, r) => m + (r.operations ? r.operations.length : 1), 0), 0);

export function listRules(packs: readonly RulePack<any>[]): string[] {
  const count = packs.reduce((n, p) => n + p.rules.length, 0);
  const lines = [
    `guard: ${count} rules covering ${operationCount(packs)} destructive operations in ${packs.length} packs; \`guard rules show ID\` explains one`,
  ];
  for (const pack of packs) {
    lines.push('', `${pack.tool} (${sourceOf(pack)}; commands: ${pack.commands.join(', ')})`);
    const width = Math.max(...pack.rules.map((r) => r.id.length));
    for (const rule of pack.rules) lines.push(`  ${rule.id.padEnd(width)}  ${rule.summary}`);
  }
  return lines;
}

export function findRule(
  packs: readonly RulePack<any>[],
  id: string,
): { pack: RulePack<any>; rule: Rule<any> } | undefined {
  for (const pack of packs) {
    const rule = pack.rules.find((r) => r.id === id);
    if (rule) return { pack, rule };
  }
  return undefined;
}

/** Rule ids that contain `text`, for "did you mean" hints. */
export function similarRuleIds(packs: readonly RulePack<any>[], text: string): string[] {
  const needle = text.toLowerCase();
  const tool = needle.split('/')[0] ?? needle;
  return packs
    .flatMap((p) => p.rules.map((r) => r.id))
    .filter((id) => id.includes(needle) || id.startsWith(`${tool}/`))
    .slice(0, 8);
}

/** What the example's fixture world holds, so the reader sees why the environment came out as it did. */
function exampleSetting(example: RuleExample): string {
  const parts = [
    ...Object.entries(example.env ?? {}).map(([k, v]) => `${k}=${v}`),
    ...Object.keys(example.files ?? {}).map((f) => `file ${f}`),
    ...(example.cwd ? [`cwd ${example.cwd}`] : []),
  ];
  return parts.length > 0 ? ` [${parts.join('; ')}]` : '';
}

/** `guard rules show ID`: why it is destructive, what it names as resource and environment, examples. */
export function showRule(
  packs: readonly RulePack<any>[],
  id: string,
  extend: ContextExtension = (ctx) => ctx,
): string[] | undefined {
  const found = findRule(packs, id);
  if (!found) return undefined;
  const { pack, rule } = found;
  const index = indexPacks(packs);
  const lines = [
    `guard: ${rule.id}: ${rule.summary}`,
    `  pack         ${pack.tool} (${sourceOf(pack)}; commands: ${pack.commands.join(', ')})`,
    `  why          ${rule.rationale}`,
    `  message      ${rule.message}`,
    `  safer        ${rule.safer}`,
    ...(rule.operations && rule.operations.length > 0 ? [`  operations   ${rule.operations.join('; ')}`] : []),
    ...(rule.exceptions ?? []).map((e, i) => `  ${i === 0 ? 'left alone ' : '           '}  ${e}`),
    '  names        the resource and the environment below, as guard finds them for each example;',
    '               the person confirming types ENVIRONMENT/RESOURCE',
    '  destructive examples:',
  ];
  for (const example of rule.examples.destructive) {
    lines.push(`    ${shellQuote(example.argv)}${displaySafe(exampleSetting(example))}`);
    const finding = classifyArgv(example.argv, extend(exampleContext(example)), index).findings.find(
      (f) => f.rule === rule.id,
    );
    if (finding)
      lines.push(
        `      resource ${displaySafe(finding.resource)}; environment ${displaySafe(finding.environment.name)} (${displaySafe(describeEvidence(finding.environment))})`,
      );
    else lines.push('      (not flagged: run `guard rules test`)');
  }
  lines.push('  benign look-alikes (pass straight through):');
  for (const example of rule.examples.benign)
    lines.push(`    ${shellQuote(example.argv)}${displaySafe(exampleSetting(example))}`);
  return lines;
}

/** `guard rules test`: problems in the missing/noisy/wrong/invalid vocabulary, and a summary line. */
export function testReportLines(report: VerifyReport, packs: readonly RulePack<any>[]): string[] {
  const rules = packs.reduce((n, p) => n + p.rules.length, 0);
  const lines = report.problems.map(
    (p) => `guard: ${p.kind} ${p.rule}${p.example ? `: ${p.example}` : ''}: ${p.message}`,
  );
  const verdict =
    report.problems.length === 0
      ? 'all examples behave'
      : `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`;
  lines.push(`guard: ${rules} rules, ${report.checked.length} examples checked: ${verdict}`);
  return lines;
}

export function testReportJson(report: VerifyReport, packs: readonly RulePack<any>[]): object {
  return {
    rules: packs.reduce((n, p) => n + p.rules.length, 0),
    checked: report.checked.length,
    ok: report.problems.length === 0,
    problems: report.problems,
  };
}
