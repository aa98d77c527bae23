// Every rule's rendered message, in the panel and in both refusal paragraphs, for every destructive
// example: no doubled punctuation, and the environment shown as name + how established + treatment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../rules/index.js';
import { classifyArgv, indexPacks } from '../../src/core/classify.js';
import { shellQuote } from '../../src/core/display.js';
import { exampleContext } from '../../src/core/example-context.js';
import { panelLines, refusalParagraph } from '../../src/core/present.js';
import { lineRefusal } from '../../src/core/shell/present-line.js';
import { loadSqlParser } from '../../src/io/load-sql-parser.js';

const sqlParser = await loadSqlParser();
const index = indexPacks(builtinPacks);
// Two marks in a row (". ." "..", ";.", ":.", ",,"); an ellipsis "..." in data is removed before the check.
const DOUBLED = /[.;,:]\s?[.;,]/;

/** The text with the user's data (argv, resources, evidence) cut out: only guard's own wording is checked. */
function wording(text: string, data: readonly string[]): string {
  let out = text;
  for (const d of [...data].filter((x) => x.length > 0).sort((a, b) => b.length - a.length))
    out = out.split(d).join('⟨data⟩');
  return out;
}

for (const pack of builtinPacks) {
  test(`rules/${pack.tool}: rendered messages have no doubled punctuation`, () => {
    let rendered = 0;
    for (const rule of pack.rules) {
      for (const example of rule.examples.destructive) {
        const decision = classifyArgv(example.argv, { ...exampleContext(example), sqlParser }, index);
        if (decision.findings.length === 0) continue;
        const data = [
          shellQuote(example.argv),
          ...example.argv,
          ...decision.findings.flatMap((f) => [
            f.resource,
            f.environment.name,
            ...f.environment.evidence.map((e) => e.detail),
            ...f.details,
          ]),
        ];
        const texts = [
          panelLines(example.argv, decision).join('\n'),
          refusalParagraph(example.argv, decision, 'no controlling terminal'),
          lineRefusal(shellQuote(example.argv), decision, 'an agent asked to run it'),
        ];
        for (const text of texts) {
          const own = wording(text, data);
          assert.doesNotMatch(own, DOUBLED, `${rule.id}: ${text}`);
        }
        rendered++;
      }
    }
    assert.ok(rendered > 0);
  });
}

test('the panel shows the environment, then how it was established and why it is treated as production', () => {
  const argv = ['railway', 'volume', 'delete', '-v', 'pg-data', '-e', 'production'];
  const lines = panelLines(argv, classifyArgv(argv, exampleContext({ argv }), index));
  const at = lines.findIndex((l) => l.startsWith('  environment  '));
  assert.equal(lines[at], '  environment  production');
  assert.equal(
    lines[at + 1],
    '               from the command line: -e production; treated as production: the name says so',
  );
  const unknown = ['railway', 'volume', 'delete', '-v', 'pg-data'];
  const refusal = refusalParagraph(
    unknown,
    classifyArgv(unknown, exampleContext({ argv: unknown }), index),
    'no terminal',
  );
  assert.match(
    refusal,
    / in unknown \(not established: .*; treated as production because guard could not establish it\)/,
  );
});
