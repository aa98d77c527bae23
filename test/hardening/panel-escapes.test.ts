// A crafted resource, environment or argument cannot repaint the confirmation panel: every
// control, format and separator character is shown escaped, and each panel line stays one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classifyArgv, indexPacks } from '../../src/core/classify.js';
import { displaySafe, shellQuote } from '../../src/core/display.js';
import { exampleContext } from '../../src/core/example-context.js';
import { panelLines, refusalParagraph } from '../../src/core/present.js';
import type { Decision, Finding } from '../../src/core/types.js';
import { builtinPacks } from '../../rules/index.js';

const index = indexPacks(builtinPacks);
/** What must never reach a terminal raw: controls (ESC, CR, LF, CSI 0x9b…), format characters, separators, lone surrogates. */
const RAW = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Strings full of what terminals act on, plus anything else UTF-16 can hold. */
const hostile = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '\x1b',
      '[',
      '2J',
      '\r',
      '\n',
      '\x9b',
      '\x07',
      '\x00',
      '\u202e',
      '\u200b',
      '\u2028',
      '\u2029',
      '\ufeff',
      '\u{e0041}',
      'pg-data',
      '/',
      ' ',
      ']0;title\x07',
    ),
  }),
  fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)) }),
  fc.string({ unit: 'binary' }),
);

function craftedFinding(text: string): Finding {
  return {
    rule: `railway/${text}`,
    tool: 'railway',
    resource: text,
    environment: {
      kind: 'named',
      name: text,
      source: 'flag',
      production: true,
      evidence: [
        { source: 'flag', detail: text },
        { source: 'env', detail: text },
      ],
    },
    kind: 'rule',
    message: text,
    details: [text],
    warnings: [text],
  };
}

test('displaySafe output never holds a raw control, format or separator character (property)', () => {
  fc.assert(
    fc.property(hostile, (s) => !RAW.test(displaySafe(s)) && !RAW.test(shellQuote([s, s]))),
    { numRuns: 2000 },
  );
});

test('displaySafe leaves ordinary text alone and escapes ESC, CR, LF and bidi marks visibly', () => {
  assert.equal(displaySafe('production/pg-data é 😀 日本'), 'production/pg-data é 😀 日本');
  assert.equal(displaySafe('a\x1b[2Jb\r\nc\u202ed\u200be\x9bf'), 'a\\x1b[2Jb\\x0d\\nc\\u{202e}d\\u{200b}e\\x9bf');
  assert.equal(displaySafe('\u2028\ud800'), '\\u{2028}\\u{d800}');
});

test('every field of the panel and the refusal paragraph is escaped (property over crafted findings)', () => {
  fc.assert(
    fc.property(hostile, (s) => {
      const decision: Decision = { decision: 'confirm', findings: [craftedFinding(s)] };
      const lines = panelLines(['railway', s, 'delete'], decision);
      const paragraph = refusalParagraph(['railway', s], decision, 'no controlling terminal');
      return lines.every((l) => !RAW.test(l)) && !RAW.test(paragraph);
    }),
    { numRuns: 1000 },
  );
});

test('a railway volume and environment named with ANSI codes and newlines are shown escaped, one line per field', () => {
  const volume = 'pg-data\x1b[2J\x1b[H\rguard: confirmed\n';
  const environment = 'prod\x1b[32m\u202e';
  const argv = ['railway', 'volume', '-e', environment, 'delete', '-v', volume, '--yes'];
  const decision = classifyArgv(argv, exampleContext({ argv }), index);
  assert.equal(decision.decision, 'confirm');
  const lines = panelLines(argv, decision);
  for (const line of lines) assert.doesNotMatch(line, RAW, line);
  assert.ok(
    lines.some((l) => l.includes('pg-data\\x1b[2J\\x1b[H\\x0dguard: confirmed\\n')),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.includes('prod\\x1b[32m\\u{202e}')),
    lines.join('\n'),
  );
  const paragraph = refusalParagraph(argv, decision, 'no controlling terminal');
  assert.doesNotMatch(paragraph, RAW);
  assert.equal(paragraph.split('\n').length, 1);
});

test('crafted argv through every pack: the panel has no raw control characters (property)', () => {
  const commands = builtinPacks.flatMap((p) => p.commands);
  fc.assert(
    fc.property(
      fc.constantFrom(...commands),
      fc.array(hostile, { maxLength: 6 }),
      fc.array(fc.constantFrom('delete', 'volume', '-e', '-v', 'rm', '-rf', 'ssh', '--', 'drop', '-c'), {
        maxLength: 4,
      }),
      (command, junk, words) => {
        const argv = [command, ...words, ...junk];
        const decision = classifyArgv(argv, exampleContext({ argv }), index);
        return (
          panelLines(argv, decision).every((l) => !RAW.test(l)) && !RAW.test(refusalParagraph(argv, decision, 'x'))
        );
      },
    ),
    { numRuns: 500 },
  );
});
