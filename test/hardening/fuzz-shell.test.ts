// Fuzz run over the shell-line analyser (bounded: 2000 lines and a 60 s cap, part of `npm test`):
// it never throws, always decides, grows the work with the input, and nesting beyond its depth
// bound (`bash -c` inside `bash -c`, `$(` inside `$(`) needs confirmation, in bounded time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { indexPacks } from '../../src/core/classify.js';
import { exampleContext } from '../../src/core/example-context.js';
import { classifyShellLine } from '../../src/core/shell/classify-line.js';
import { loadSqlParser } from '../../src/io/load-sql-parser.js';
import { builtinPacks } from '../../rules/index.js';
import { timeOf } from '../helpers/growth.js';

const index = indexPacks(builtinPacks);
const ctx = { ...exampleContext({ argv: [] }), sqlParser: await loadSqlParser() };

const token = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'rm',
      '-rf',
      '/',
      '~',
      'railway',
      'volume',
      'delete',
      '-e',
      'production',
      'psql',
      '-c',
      'DROP TABLE users',
      'terraform',
      'destroy',
      'kubectl',
      'ls',
      'echo',
      'cd',
      '/tmp',
      'sudo',
      'env',
      'xargs',
      'find',
      '-delete',
      'bash',
      'sh',
      'eval',
      'python',
      'node',
      '-e',
      'FOO=1',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ' ',
      ' ',
      ';',
      '&&',
      '||',
      '|',
      '&',
      '\n',
      '(',
      ')',
      '{',
      '}',
      '$(',
      '`',
      "'",
      '"',
      '\\',
      '$',
      '${',
      '#',
      '<',
      '>',
      '>>',
      '2>&1',
      '<<EOF',
      '*',
      '?',
      '[',
      ']',
      '!',
      '=',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const line = fc.array(token, { maxLength: 40 }).map((parts) => parts.join(''));

test('fuzz: 2000 generated shell lines never throw and always decide (60 s cap)', () => {
  const deadline = Date.now() + 60_000;
  fc.assert(
    fc.property(line, (text) => {
      if (Date.now() > deadline) return true;
      const d = classifyShellLine(text, ctx, index);
      return (
        (d.decision === 'allow' || d.decision === 'confirm') && (d.decision === 'confirm') === d.findings.length > 0
      );
    }),
    { numRuns: 2000 },
  );
});

// Quoting grows 4× per `bash -c` level, so its depths stay small; `$(` nests without quoting.
test('deeply nested bash -c and $( are bounded in time and need confirmation', () => {
  for (const depth of [3, 6, 9]) {
    let nested = 'rm -rf /';
    for (let i = 0; i < depth; i++) nested = `bash -c ${shellQuote(nested)}`;
    let decision: ReturnType<typeof classifyShellLine> | undefined;
    const ms = timeOf(() => (decision = classifyShellLine(nested, ctx, index)), 1);
    assert.ok(ms < 2000, `bash -c depth ${depth}: ${ms.toFixed(0)} ms`);
    assert.equal(decision?.decision, 'confirm', `bash -c depth ${depth}`);
  }
  for (const depth of [10, 100, 1000]) {
    const subst = `${'echo $('.repeat(depth)}ls${')'.repeat(depth)}`;
    let decision: ReturnType<typeof classifyShellLine> | undefined;
    const ms = timeOf(() => (decision = classifyShellLine(subst, ctx, index)), 1);
    assert.ok(ms < 2000, `$( depth ${depth}: ${ms.toFixed(0)} ms`);
    if (depth >= 100) assert.equal(decision?.decision, 'confirm', `$( depth ${depth}`);
  }
});

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
