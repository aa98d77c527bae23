// Run by `npm run test:growth` (and .ci/run), not by `npm test`: timing-based, and most of its wall time.
// Time bound per input size: no regular expression or loop in the core may grow faster than
// linearly with the input (a crafted 1 MB argument must not hang guard). Each input is timed at
// n; the slow ones are timed again at n and 4n and must grow near-linearly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactArgv, redactText } from '../src/core/audit/redact.js';
import { classifyArgv, indexPacks } from '../src/core/classify.js';
import { displaySafe, shellQuote } from '../src/core/display.js';
import { exampleContext } from '../src/core/example-context.js';
import { panelLines, refusalParagraph } from '../src/core/present.js';
import { builtinPacks } from '../rules/index.js';
import { isNearLinear, measureGrowth, repeatTo, timeOf, type Growth } from '../test/helpers/growth.js';
import { packShapes } from '../test/helpers/pack-inputs.js';

const index = indexPacks(builtinPacks);

/** Repeated units that drive regular expressions and scanners into their worst cases. */
export const CRAFTED = [
  'a',
  'A',
  'A_',
  '1a',
  'a-',
  '-e',
  '-',
  '--',
  '=',
  'x=',
  '/',
  '../',
  './',
  '\\',
  ':',
  'a:',
  'a://',
  'a://b:',
  '@',
  ' ',
  '\t',
  '\n',
  "'",
  '"',
  '`',
  '$(',
  '${',
  ')',
  '*',
  '?',
  '[',
  '{',
  ',',
  ';',
  '&&',
  '|',
  '/*',
  '*/',
  '--x\n',
  "''",
  'password=',
  'Bearer ',
  'A_TOKEN=',
  'DROP TABLE x;',
  '/* c */',
  '-- c\n',
  'rm -rf / ',
  'bash -c ',
  '\u200b',
  '\u0430',
  'é',
];

/** The units most likely to drive a pack's parsers (paths, quotes, options, URLs, SQL), for the per-pack sweep. */
const PACK_UNITS = [
  'a',
  '-e',
  '-',
  '=',
  '/',
  '../',
  '\\',
  ':',
  'a://b:',
  ' ',
  '\n',
  "'",
  '"',
  '$(',
  '{',
  '*',
  '/*',
  '-- c\n',
  'DROP TABLE x;',
  '\u200b',
];

const N = 32 * 1024;
const THRESHOLD_MS = 4;

function check(label: string, make: (n: number) => () => unknown, slow: Growth[]): void {
  const g = measureGrowth(label, make, N, THRESHOLD_MS);
  if (g) slow.push(g);
}

function assertAllNearLinear(slow: Growth[]): void {
  const bad = slow.filter((g) => !isNearLinear(g));
  assert.deepEqual(
    bad.map(
      (g) =>
        `${g.label}: ${g.small.toFixed(1)} ms at ${N} chars, ${g.large.toFixed(1)} ms at ${4 * N} (×${g.ratio.toFixed(1)})`,
    ),
    [],
  );
}

test('classification of every pack grows near-linearly in the length of a crafted argument', () => {
  const slow: Growth[] = [];
  for (const pack of builtinPacks) {
    for (const shape of packShapes(pack, 12)) {
      const ctx = exampleContext({ argv: shape });
      for (const unit of PACK_UNITS) {
        check(
          `${pack.tool} ${JSON.stringify(unit)} appended to ${shape.join(' ')}`,
          (n) => {
            const argv = [...shape, repeatTo(unit, n)];
            return () => classifyArgv(argv, ctx, index);
          },
          slow,
        );
        if (shape.length > 1) {
          check(
            `${pack.tool} ${JSON.stringify(unit)} as the last word of ${shape.join(' ')}`,
            (n) => {
              const argv = [...shape.slice(0, -1), repeatTo(unit, n)];
              return () => classifyArgv(argv, ctx, index);
            },
            slow,
          );
        }
      }
    }
  }
  assertAllNearLinear(slow);
});

function manyArguments(packs: typeof builtinPacks): Growth[] {
  const slow: Growth[] = [];
  for (const pack of packs) {
    for (const shape of packShapes(pack, 8)) {
      const ctx = exampleContext({ argv: shape });
      for (const word of ['a', '-r', '-e', '--yes', '--x=y', '/', '--', 'delete', '*']) {
        check(
          `${pack.tool}: many ${JSON.stringify(word)} after ${shape.join(' ')}`,
          (n) => {
            const argv = [...shape, ...Array.from({ length: n / 8 }, () => word)];
            return () => classifyArgv(argv, ctx, index);
          },
          slow,
        );
      }
    }
  }
  return slow;
}

test('classification of every pack grows near-linearly in the number of arguments', () => {
  assertAllNearLinear(manyArguments(builtinPacks));
});

// rm once judged operands in quadratic time (grouping copied an array per operand: 100,000 operands ~30 s).
test('rm grows near-linearly in the number of operands', () => {
  const rm = builtinPacks.filter((p) => p.tool === 'rm');
  const shape = ['rm', '-rf', '/var/lib/postgresql/16/main'];
  const ctx = exampleContext({ argv: shape });
  const g = measureGrowth(
    'rm: many operands',
    (n) => {
      const argv = [...shape, ...Array.from({ length: n / 8 }, () => 'a')];
      return () => classifyArgv(argv, ctx, indexPacks(rm));
    },
    N,
    0,
  );
  assertAllNearLinear(g ? [g] : []);
});

test('redactText, redactArgv, displaySafe and shellQuote grow near-linearly on crafted strings', () => {
  const slow: Growth[] = [];
  for (const unit of CRAFTED) {
    const label = JSON.stringify(unit);
    check(
      `redactText ${label}`,
      (n) => {
        const s = repeatTo(unit, n);
        return () => redactText(s);
      },
      slow,
    );
    check(
      `redactArgv ${label}`,
      (n) => {
        const s = repeatTo(unit, n);
        return () => redactArgv(['mysql', s, `-p${s}`, `X_TOKEN=${s}`, '--password', s, '-H', `Authorization: ${s}`]);
      },
      slow,
    );
    check(
      `displaySafe ${label}`,
      (n) => {
        const s = repeatTo(unit, n);
        return () => displaySafe(s);
      },
      slow,
    );
    check(
      `shellQuote ${label}`,
      (n) => {
        const s = repeatTo(unit, n);
        return () => shellQuote([s, s]);
      },
      slow,
    );
  }
  assertAllNearLinear(slow);
});

test('a 1 MB argument and 100,000 arguments are classified by every pack within 5 s of CPU each (rm: 8 s for 100,000 operands)', (t) => {
  const MB = 1024 * 1024;
  const worst: { label: string; ms: number }[] = [];
  for (const pack of builtinPacks) {
    const shape = packShapes(pack)[0] as string[];
    const ctx = exampleContext({ argv: shape });
    for (const unit of ['a', '-e', 'a:', "'", '/', '\u200b']) {
      const argv = [...shape, repeatTo(unit, MB)];
      worst.push({
        label: `${pack.tool} + 1 MB of ${JSON.stringify(unit)}`,
        ms: timeOf(() => classifyArgv(argv, ctx, index), 1),
      });
    }
    const many = [...shape, ...Array.from({ length: 100_000 }, (_, i) => (i % 3 === 0 ? '-r' : `arg${i}`))];
    worst.push({ label: `${pack.tool} + 100,000 arguments`, ms: timeOf(() => classifyArgv(many, ctx, index), 1) });
  }
  t.diagnostic(
    `slowest: ${worst
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((w) => `${w.label} ${w.ms.toFixed(0)} ms`)
      .join('; ')}`,
  );
  // A super-linear pass over 1 MB or 100,000 arguments takes minutes; linear work takes ~0.2 s alone but up
  // to ~1 s of CPU in a full run (the process's GC threads count, and this file's heap is large by now). So
  // the bound is loose: rm resolves each of 100,000 operands as a path (~10 µs each) and gets 8 s, the rest 5 s.
  const tooSlow = worst.filter((w) => w.ms > (w.label === 'rm + 100,000 arguments' ? 8000 : 5000));
  assert.deepEqual(
    tooSlow.map((w) => `${w.label}: ${w.ms.toFixed(0)} ms`),
    [],
  );
});

// Linear, but every field passes through redaction and escaping several times: a few seconds of CPU at most.
test('the panel and the refusal paragraph for a 1 MB resource name are built within 4 s of CPU', (t) => {
  const shape = ['railway', 'volume', '-e', 'production', 'delete', '-v'];
  const argv = [...shape, repeatTo('pg-data\x1b[2J', 1024 * 1024)];
  const decision = classifyArgv(argv, exampleContext({ argv }), index);
  assert.equal(decision.decision, 'confirm');
  const ms = timeOf(() => {
    panelLines(argv, decision);
    refusalParagraph(argv, decision, 'test');
  }, 1);
  t.diagnostic(`panel + refusal for a 1 MB resource: ${ms.toFixed(0)} ms CPU`);
  assert.ok(ms < 4000, `${ms.toFixed(0)} ms`);
});
