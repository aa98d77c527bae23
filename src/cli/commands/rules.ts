import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { verifyPacks } from '../../core/rule-tester.js';
import { builtinPacks } from '../../../rules/index.js';
import { loadSqlParser } from '../../io/load-sql-parser.js';
import { listRules, showRule, similarRuleIds, testReportJson, testReportLines } from '../rules-reference.js';
import type { Register } from './index.js';

const print = (lines: string[]): void => void process.stdout.write(`${lines.join('\n')}\n`);

export const registerRules: Register = (program: Command, done) => {
  const rules = program
    .command('rules')
    .description('the rule reference: list every rule, explain one, or run every rule\'s examples')
    .action(() => {
      print(listRules(builtinPacks));
      done(EXIT.ok);
    });
  rules
    .command('list')
    .description('every active rule with its id and one line, grouped by pack, with where the pack comes from')
    .action(() => {
      print(listRules(builtinPacks));
      done(EXIT.ok);
    });
  rules
    .command('show')
    .description('why a rule is destructive, what it names as resource and environment, a safer alternative, examples')
    .argument('<id>', 'rule id, e.g. aws/s3-rb')
    .action(async (id: string) => {
      const sqlParser = await loadSqlParser();
      const lines = showRule(builtinPacks, id, (ctx) => ({ ...ctx, sqlParser }));
      if (!lines) {
        const similar = similarRuleIds(builtinPacks, id);
        throw new UsageError(`no rule "${id}"`, similar.length > 0 ? `did you mean ${similar.join(', ')}?` : '`guard rules` lists every rule');
      }
      print(lines);
      done(EXIT.ok);
    });
  rules
    .command('test')
    .description('run every example of every rule: destructive ones must be flagged, benign ones must pass (exit 1 on any problem)')
    .option('--json', 'print the report as JSON')
    .action(async (options: { json?: boolean }) => {
      // Examples are judged with what the io layer loads before classifying (the PostgreSQL parser).
      const sqlParser = await loadSqlParser();
      const report = verifyPacks(builtinPacks, builtinPacks, undefined, (ctx) => ({ ...ctx, sqlParser }));
      if (options.json) process.stdout.write(`${JSON.stringify(testReportJson(report, builtinPacks), null, 2)}\n`);
      else print(testReportLines(report, builtinPacks));
      done(report.problems.length === 0 ? EXIT.ok : 1);
    });
};
