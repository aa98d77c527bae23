// Every mode asks the same judge: for each command of the table (all rule examples and our own
// lines), the argv modes (prefix, check -- …, explain) and the line modes (check --shell, run
// --shell, hooks) reach the same decision, explain's trace names every rule that matched, and a hook
// denies exactly what check refuses. The real CLI processes are compared in test/e2e/mode-equivalence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../../rules/index.js';
import { indexPacks } from '../../../src/core/classify.js';
import { exampleContext } from '../../../src/core/example-context.js';
import { formatHookAnswer } from '../../../src/core/hooks/agent-hooks.js';
import { judgeInput, type JudgeInput, type JudgeStdin } from '../../../src/core/judgement/judge.js';
import type { Context, SqlParser } from '../../../src/core/types.js';
import { loadSqlParser } from '../../../src/io/load-sql-parser.js';
import { lineOf, modeTable, OWN_LINES } from '../../helpers/mode-table.js';

const policy = { index: indexPacks(builtinPacks), allowances: [] };
const rows = modeTable();

test('the table holds at least 200 commands, rule examples and our own lines', () => {
  assert.ok(rows.length >= 200, `${rows.length} rows`);
  assert.ok(OWN_LINES.every((own) => rows.some((r) => r.example.argv === own.argv)));
});

test('argv modes, line modes, explain and hooks reach the same decision for every command', async () => {
  const parser: SqlParser = await loadSqlParser();
  const disagreements: string[] = [];
  for (const { example, expected } of rows) {
    const ctx: Context = { ...exampleContext(example), sqlParser: parser };
    delete ctx.stdin;
    const stdin: JudgeStdin =
      example.stdin === undefined ? { kind: 'terminal' } : { kind: 'captured', text: example.stdin, truncated: false };
    const argv: JudgeInput = { kind: 'argv', argv: example.argv, stdin };
    const line = lineOf(example.argv);
    const byArgv = judgeInput(argv, ctx, policy);
    const explained = judgeInput(argv, ctx, policy, true);
    const byLine = judgeInput({ kind: 'line', line, stdin }, ctx, policy);
    const hookDenies = formatHookAnswer('claude-code', line, byLine.decision).denied !== undefined;
    const rules = (d: typeof byArgv.decision): string => d.findings.map((f) => `${f.rule}@${f.resource}`).join(' ');
    const traced = new Set(explained.trace?.flatMap((p) => p.rules.filter((r) => r.matched).map((r) => r.rule)));
    const untraced = byArgv.decision.findings.filter(
      (f) => !f.rule.startsWith('guard/') && !f.rule.startsWith('shell/') && !traced.has(f.rule),
    );
    const seen = {
      check: byArgv.decision.decision,
      explain: explained.decision.decision,
      shell: byLine.decision.decision,
      hook: hookDenies ? 'confirm' : 'allow',
    };
    const same =
      Object.values(seen).every((d) => d === seen.check) &&
      rules(byArgv.decision) === rules(explained.decision) &&
      untraced.length === 0;
    if (!same || (expected !== undefined && seen.check !== expected)) {
      disagreements.push(
        `${line}: expected ${expected}, ${JSON.stringify(seen)}; argv [${rules(byArgv.decision)}] line [${rules(byLine.decision)}] untraced [${untraced.map((f) => f.rule).join(' ')}]`,
      );
    }
  }
  assert.deepEqual(disagreements, []);
});
