// Bounded, seeded property tests (no dependency): wrapping never hides a destructive command,
// never invents one from a benign command, and no input makes the analyser throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../src/core/example-context.js';
import { analyseLine } from '../../../src/core/shell/analyse-line.js';
import { fakeIndex } from '../../helpers/fake-packs.js';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

// Wrappers that take a command word can only wrap a simple command; others get it through sh -c.
const COMMAND_WRAPPERS = ['sudo', 'env FOO=1', 'nice -n 5', 'timeout 30', 'nohup', 'command', 'stdbuf -oL', 'time'];

const WRAPPERS: ((line: string) => string)[] = [
  (l) => `bash -c ${q(l)}`,
  (l) => `sh -c ${q(l)}`,
  (l) => `(${l})`,
  (l) => `{ ${l}; }`,
  (l) => `true && ${l}`,
  (l) => `${l} || true`,
  (l) => `echo "$(${l})"`,
  (l) => `ls | ${l}`,
  (l) => `if true; then ${l}; fi`,
  (l) => `eval ${q(l)}`,
  (l) => `${l} &`,
];

const DESTRUCTIVE: [string, string][] = [
  ['rm -rf /', 'rm/recursive-critical'],
  ['rm -fr ~', 'rm/recursive-critical'],
  ['env TF_WORKSPACE=prod terraform destroy', 'terraform/destroy'],
  ['psql -c "drop table users"', 'psql/drop'],
  ['railway volume delete -v data', 'railway/volume-delete'],
];

const BENIGN = [
  'ls -la',
  'rm -rf build',
  'terraform plan',
  'psql -c "select 1"',
  'echo "rm -rf /"',
  'git commit -m "drop table users"',
];

const ctx = exampleContext({ argv: [] });

function wrap(line: string, random: () => number): string {
  let out = line;
  let simple = true;
  const depth = 1 + Math.floor(random() * 3);
  for (let k = 0; k < depth; k++) {
    if (random() < 0.4) {
      const w = COMMAND_WRAPPERS[Math.floor(random() * COMMAND_WRAPPERS.length)] as string;
      out = simple ? `${w} ${out}` : `${w} sh -c ${q(out)}`;
      simple = true;
    } else {
      out = (WRAPPERS[Math.floor(random() * WRAPPERS.length)] as (l: string) => string)(out);
      simple = false;
    }
  }
  return out;
}

test('wrapping a destructive command never hides it (300 seeded cases)', () => {
  const random = prng(4);
  for (let n = 0; n < 300; n++) {
    const [core, rule] = DESTRUCTIVE[n % DESTRUCTIVE.length] as [string, string];
    const line = wrap(core, random);
    const rules = analyseLine(line, ctx, fakeIndex).map((f) => f.rule);
    assert.ok(rules.includes(rule), `${line} → ${rules.join(', ') || 'nothing'}`);
  }
});

test('wrapping a benign command never makes it destructive (300 seeded cases)', () => {
  const random = prng(7);
  for (let n = 0; n < 300; n++) {
    const line = wrap(BENIGN[n % BENIGN.length] as string, random);
    assert.deepEqual(analyseLine(line, ctx, fakeIndex), [], line);
  }
});

test('quoting a destructive command as data keeps it benign', () => {
  for (const [core] of DESTRUCTIVE) {
    for (const line of [
      `echo ${q(core)}`,
      `printf '%s\\n' ${q(core)}`,
      `grep -r ${q(core)} .`,
      `git commit -m ${q(core)}`,
      `cat <<'EOF'\n${core}\nEOF`,
    ]) {
      assert.deepEqual(analyseLine(line, ctx, fakeIndex), [], line);
    }
  }
});

test('absurd nesting fails closed instead of crashing', () => {
  const deep = `${'"$('.repeat(20000)}x${')"'.repeat(20000)}`;
  assert.deepEqual(
    analyseLine(deep, ctx, fakeIndex).map((f) => f.rule),
    ['shell/unparsable'],
  );
});

test('no input makes the analyser throw (2000 random lines)', () => {
  const random = prng(11);
  const alphabet = [
    'a',
    'rm',
    ' ',
    '-rf',
    '/',
    "'",
    '"',
    '\\',
    '$',
    '(',
    ')',
    '{',
    '}',
    '`',
    '|',
    '&',
    ';',
    '\n',
    '<',
    '>',
    '<<',
    'EOF',
    '#',
    '*',
    '~',
    '=',
    'sh -c ',
    'sudo ',
    '$(',
    '${',
    'x',
  ];
  for (let n = 0; n < 2000; n++) {
    let line = '';
    const length = Math.floor(random() * 14);
    for (let k = 0; k < length; k++) line += alphabet[Math.floor(random() * alphabet.length)];
    assert.doesNotThrow(() => analyseLine(line, ctx, fakeIndex), line);
  }
});
