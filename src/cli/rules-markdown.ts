// docs/rules.md, generated from the rule files so it never drifts (`npm run docs:rules`; a test compares).
import { describeExample } from '../core/rule-tester.js';
import type { RuleExample, RulePack } from '../core/rule.js';
import { operationCount, sourceOf } from './rules-reference.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string): string => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
const anchor = (id: string): string => id.replace(/[^a-z0-9-]/g, '');

function destructiveLine(example: RuleExample): string {
  const pinned = [example.environment, example.resource].some((v) => v !== undefined)
    ? ` → ${code(`${example.environment ?? '…'}/${example.resource ?? '…'}`)}`
    : '';
  const setting = Object.entries(example.env ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .concat(Object.keys(example.files ?? {}).map((f) => `file ${f}`));
  return `- ${code(describeExample(example))}${pinned}${setting.length > 0 ? ` (with ${cell(setting.join(', '))})` : ''}`;
}

export function rulesMarkdown(packs: readonly RulePack<any>[]): string {
  const count = packs.reduce((n, p) => n + p.rules.length, 0);
  const out = [
    '# guard rules',
    '',
    '<!-- Generated from rules/*.ts by `npm run docs:rules`; a test fails when this file is out of date. Do not edit by hand. -->',
    '',
    `${count} rules covering ${operationCount(packs)} destructive operations in ${packs.length} packs (operations: each command path a rule spells out, counted at the widest position of the path so aliases that do not combine are not multiplied; a hand-written rule counts once; \`delete-*\` verb grammars count nothing). Each refusal names its rule id; \`guard rules show ID\` prints the same entry in the terminal.`,
    'Confirming means typing `ENVIRONMENT/RESOURCE`, as named in the examples below.',
    '',
    '| Rule | What it stops |',
    '|---|---|',
    ...packs.flatMap((p) => p.rules.map((r) => `| [${r.id}](#${anchor(r.id)}) | ${cell(r.summary)} |`)),
  ];
  for (const pack of packs) {
    out.push('', `## ${pack.tool}`, '', `Commands: ${pack.commands.map(code).join(', ')}. Source: ${sourceOf(pack)}.`);
    for (const rule of pack.rules) {
      out.push(
        '',
        `### ${rule.id}`,
        '',
        rule.summary,
        '',
        `- **Why:** ${rule.rationale}`,
        `- **Message:** ${rule.message}`,
        `- **Safer:** ${rule.safer}`,
      );
      if (rule.operations && rule.operations.length > 0)
        out.push(`- **Operations:** ${rule.operations.map(code).join(', ')}`);
      for (const e of rule.exceptions ?? []) out.push(`- **Left alone:** ${cell(e)}`);
      out.push('', 'Destructive (environment/resource guard names):', '');
      out.push(...rule.examples.destructive.map(destructiveLine));
      out.push('', 'Benign look-alikes (run straight through):', '');
      out.push(...rule.examples.benign.map((e) => `- ${code(describeExample(e))}`));
    }
  }
  return `${out.join('\n')}\n`;
}
