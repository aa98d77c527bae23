import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyArgv, indexPacks } from '../../src/core/classify.js';
import { exampleContext } from '../../src/core/example-context.js';
import { judgeInput } from '../../src/core/judgement/judge.js';
import type { Context } from '../../src/core/types.js';
import { definePack } from '../../src/core/rule.js';
import { signalPack } from '../helpers/signal-pack.js';

const second = definePack<readonly string[]>({
  ...(signalPack as unknown as Parameters<typeof definePack<readonly string[]>>[0]),
  tool: 'fake',
  source: '/u/config.yaml',
  parse: (args) => args,
  environment: (_p, ctx) => signalPack.environment({ words: [], signals: [] }, ctx),
  rules: [
    {
      id: 'fake/purge',
      summary: 'purges',
      message: 'purges {{resource}}',
      rationale: 'r',
      safer: 's',
      match: (a) => (a[0] === 'purge' ? { resource: 'all' } : null),
      examples: { destructive: [], benign: [] },
    },
    {
      id: 'fake/explode',
      summary: 'throws',
      message: 'm',
      rationale: 'r',
      safer: 's',
      match: (a) => {
        if (a[0] === 'boom') throw new Error('kaboom');
        return null;
      },
      examples: { destructive: [], benign: [] },
    },
  ],
});
const index = indexPacks([signalPack, second]);

/** The trace of the real judgement (what `guard explain` prints). */
function explainArgv(argv: readonly string[], ctx: Context, packs = index) {
  return (
    judgeInput({ kind: 'argv', argv, stdin: { kind: 'terminal' } }, ctx, { index: packs, allowances: [] }, true)
      .trace ?? []
  );
}

test('every rule of every pack claiming the command is listed, matched or not', () => {
  const argv = ['fake', 'drop', 'x', '--signal', 'tf-workspace=blue@env'];
  const packs = explainArgv(argv, exampleContext({ argv }), index);
  assert.deepEqual(
    packs.map((p) => `${p.tool}@${p.source}`),
    ['fake@built-in', 'fake@/u/config.yaml'],
  );
  assert.deepEqual(
    packs.flatMap((p) => p.rules.map((r) => `${r.rule}:${r.matched}`)),
    ['fake/drop:true', 'fake/purge:false', 'fake/explode:false'],
  );
  const m = packs[0]?.rules[0]?.matches[0];
  assert.equal(m?.resource, 'x');
  assert.equal(m?.environment.name, 'blue');
  assert.equal(m?.environment.evidence[0]?.source, 'env');
});

test('a failing rule is reported as matched with its error, as the classifier fails closed', () => {
  const argv = ['fake', 'boom'];
  const packs = explainArgv(argv, exampleContext({ argv }), index);
  const explode = packs[1]?.rules.find((r) => r.rule === 'fake/explode');
  assert.equal(explode?.matched, true);
  assert.match(explode?.error ?? '', /kaboom/);
  assert.equal(classifyArgv(argv, exampleContext({ argv }), index).decision, 'confirm');
});

test('a command no pack claims has nothing to explain', () => {
  assert.deepEqual(explainArgv(['ls', '-la'], exampleContext({ argv: [] }), index), []);
});

test('classify runs every pack claiming a command', () => {
  const argv = ['fake', 'purge'];
  assert.deepEqual(
    classifyArgv(argv, exampleContext({ argv }), index).findings.map((f) => f.rule),
    ['fake/purge'],
  );
  assert.deepEqual(
    classifyArgv(['fake', 'drop', 'y'], exampleContext({ argv }), index).findings.map((f) => f.rule),
    ['fake/drop'],
  );
});

test('the trace follows the judgement through wrappers, and tracing changes no decision', () => {
  const argv = ['sudo', '-u', 'root', 'env', 'A=1', 'fake', 'drop', 'x'];
  const ctx = exampleContext({ argv });
  const packs = explainArgv(argv, ctx);
  assert.deepEqual(
    packs.map((p) => [p.tool, p.argv.join(' ')]),
    [
      ['fake', 'fake drop x'],
      ['fake', 'fake drop x'],
    ],
  );
  assert.equal(packs[0]?.rules[0]?.matched, true);
  const plain = judgeInput({ kind: 'argv', argv, stdin: { kind: 'terminal' } }, ctx, { index, allowances: [] });
  assert.equal(plain.trace, undefined);
  assert.deepEqual(
    plain.decision,
    judgeInput({ kind: 'argv', argv, stdin: { kind: 'terminal' } }, ctx, { index, allowances: [] }, true).decision,
  );
});
