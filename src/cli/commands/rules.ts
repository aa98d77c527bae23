import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { verifyPacks } from '../../core/rule-tester.js';
import { loadActiveRulePacks } from '../../app/active-packs.js';
import { describeProblem } from '../../core/config/problem.js';
import { loadSqlParser } from '../../io/load-sql-parser.js';
import { listRules, showRule, similarRuleIds, testReportJson, testReportLines } from '../rules-reference.js';
import type { Register } from './index.js';

const print = (lines: string[]): void => void process.stdout.write(`${lines.join('\n')}\n`);

export const registerRules: Register = (program: Command, done) => {
  const rules = program
    .command('rules')
    .description("the rule reference: list every rule, explain one, or run every rule's examples")
    .action(async () => {
      print(listRules((await loadActiveRulePacks()).packs));
      done(EXIT.ok);
    });
  rules
    .command('list')
    .description('every active rule with its id and one line, grouped by pack, with where the pack comes from')
    .action(async () => {
      print(listRules((await loadActiveRulePacks()).packs));
      done(EXIT.ok);
    });
  rules
    .command('show')
    .description('why a rule is destructive, what it names as resource and environment, a safer alternative, examples')
    .argument('<id>', 'rule id, e.g. aws/s3-rb')
    .action(async (id: string) => {
      const { packs } = await loadActiveRulePacks();
      const sqlParser = await loadSqlParser();
      const lines = showRule(packs, id, (ctx) => ({ ...ctx, sqlParser }));
      if (!lines) {
        const similar = similarRuleIds(packs, id);
        throw new UsageError(
          `no rule "${id}"`,
          similar.length > 0 ? `did you mean ${similar.join(', ')}?` : '`guard rules` lists every rule',
        );
      }
      print(lines);
      done(EXIT.ok);
    });
  rules
    .command('test')
    .description(
      'run every example of every rule: destructive ones must be flagged, benign ones must pass (exit 1 on any problem)',
    )
    .option('--json', 'print the report as JSON')
    .action(async (options: { json?: boolean }) => {
      const { packs, config, problems } = await loadActiveRulePacks();
      for (const p of problems) process.stderr.write(`guard: config problem: ${describeProblem(p)}\n`);
      // Examples are judged with what the io layer loads before classifying (the PostgreSQL parser).
      const sqlParser = await loadSqlParser();
      const withParser = (ctx: Parameters<Parameters<typeof verifyPacks>[3] & object>[0]) => ({ ...ctx, sqlParser });
      // built-in examples are written for the default config; custom ones are checked as at load time, under yours
      const builtin = verifyPacks(
        packs.filter((p) => p.source === undefined),
        packs,
        undefined,
        withParser,
      );
      const custom = verifyPacks(
        packs.filter((p) => p.source !== undefined),
        packs,
        config,
        withParser,
      );
      const report = {
        problems: [...builtin.problems, ...custom.problems],
        checked: [...builtin.checked, ...custom.checked],
      };
      if (options.json) process.stdout.write(`${JSON.stringify(testReportJson(report, packs), null, 2)}\n`);
      else print(testReportLines(report, packs));
      done(report.problems.length === 0 && problems.length === 0 ? EXIT.ok : 1);
    });
};
