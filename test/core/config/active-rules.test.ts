import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyArgv, indexPacks } from '../../../src/core/classify.js';
import { activeRules } from '../../../src/core/config/active-rules.js';
import { mergeLayers } from '../../../src/core/config/merge-layers.js';
import { exampleContext } from '../../../src/core/example-context.js';
import { verifyPacks } from '../../../src/core/rule-tester.js';
import { dbDropRule } from '../../helpers/custom-rule.js';
import { input, PROJECT, USER } from '../../helpers/config-input.js';
import { signalPack } from '../../helpers/signal-pack.js';

const HOME = '/home/user';

test('a custom rule compiles to a pack with source = its file and passes its own examples', () => {
  const merged = mergeLayers(undefined, [input(PROJECT, 'project', { rules: [dbDropRule()] })], HOME);
  const active = activeRules([signalPack], merged);
  assert.deepEqual(active.problems, []);
  const custom = active.packs.find((p) => p.tool === 'mytool');
  assert.equal(custom?.source, PROJECT);
  assert.deepEqual(custom?.commands, ['mytool']);
  assert.deepEqual(verifyPacks(active.packs, active.packs).problems, []);
});

test('custom rule matching: positional path, value flags, --flag=value, env var, unless flags', () => {
  const merged = mergeLayers(undefined, [input(PROJECT, 'project', { rules: [dbDropRule()] })], HOME);
  const index = indexPacks(activeRules([], merged).packs);
  const run = (argv: string[], env: Record<string, string> = {}) =>
    classifyArgv(argv, exampleContext({ argv, env }, merged.config), index);
  const d = run(['mytool', '--env', 'prod', 'db', 'drop', 'users']);
  assert.equal(d.findings[0]?.resource, 'users');
  assert.equal(d.findings[0]?.environment.name, 'prod');
  assert.equal(d.findings[0]?.environment.production, true);
  assert.equal(
    run(['mytool', 'db', 'drop', 'users'], { MYTOOL_ENV: 'staging' }).findings[0]?.environment.source,
    'env',
  );
  assert.equal(run(['mytool', 'db', 'drop', 'users']).findings[0]?.environment.name, 'unknown');
  assert.equal(run(['mytool', 'db', 'drop', 'users', '--dry-run']).decision, 'allow');
  assert.equal(run(['mytool', 'db', 'dump', 'users']).decision, 'allow');
  assert.equal(run(['mytool', 'echo', 'db', 'drop']).decision, 'allow', 'the path is positional, from the start');
});

test('flags (all required, alternatives allowed), anyArg and resource by flag', () => {
  const rule = dbDropRule({
    id: 'mytool/bucket-rm',
    when: { args: ['bucket'], flags: [['--force', '-f']], anyArg: ['rm', 'remove'] },
    valueFlags: [],
    resource: { flag: ['--name', '-n'], default: 'every-bucket' },
    environment: { flag: '--env', kind: 'other' },
    examples: {
      destructive: [
        { argv: ['mytool', 'bucket', 'rm', '--force', '--name', 'logs'], resource: 'logs' },
        { argv: ['mytool', 'bucket', 'remove', '-f'], resource: 'every-bucket' },
        { argv: ['mytool', 'bucket', '-fn', 'img', 'rm'], resource: 'img' },
      ],
      benign: [
        { argv: ['mytool', 'bucket', 'rm', '--name', 'logs'] },
        { argv: ['mytool', 'bucket', 'ls', '-f'] },
        { argv: ['mytool', 'rm', '-f'] },
      ],
    },
  });
  const merged = mergeLayers(input(USER, 'user', { rules: [rule] }), [], HOME);
  const active = activeRules([], merged);
  assert.deepEqual(active.problems, []);
});

test('a custom rule whose examples fail is refused at load time, naming file, key and example', () => {
  const bad = dbDropRule({
    examples: {
      destructive: [{ argv: ['mytool', 'db', 'drop', 'users'], resource: 'orders' }],
      benign: [{ argv: ['mytool', 'db', 'drop', 'x'] }],
    },
  });
  const merged = mergeLayers(undefined, [input(PROJECT, 'project', { rules: [bad] })], HOME);
  const problems = activeRules([], merged).problems;
  assert.equal(problems.length, 2);
  assert.equal(problems[0]?.file, PROJECT);
  assert.equal(problems[0]?.key, 'rules[0].examples');
  assert.match(problems[0]?.message ?? '', /wrong example `mytool db drop users`: resource "users", expected "orders"/);
  assert.match(problems[1]?.message ?? '', /noisy example `mytool db drop x`/);
});

test('a custom rule may not reuse a built-in id or another custom id', () => {
  const clash = dbDropRule({ id: 'fake/drop', tool: 'fake' });
  const merged = mergeLayers(
    input(USER, 'user', { rules: [dbDropRule()] }),
    [input(PROJECT, 'project', { rules: [clash, dbDropRule()] })],
    HOME,
  );
  const problems = activeRules([signalPack], merged).problems.map((p) => `${p.key}: ${p.message}`);
  assert.ok(
    problems.some((p) => p.startsWith('rules[0].id: "fake/drop" is already used by a built-in rule')),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) => p.startsWith(`rules[1].id: "mytool/db-drop" is already used by ${USER}`)),
    problems.join('\n'),
  );
});

test('custom rules for a tool with a built-in pack run alongside it', () => {
  const extra = dbDropRule({
    id: 'fake/purge',
    tool: 'fake',
    when: { args: ['purge'] },
    resource: { value: 'everything' },
    environment: undefined,
    examples: {
      destructive: [{ argv: ['fake', 'purge'], resource: 'everything' }],
      benign: [{ argv: ['fake', 'list'] }],
    },
  });
  delete (extra as { environment?: unknown }).environment;
  const merged = mergeLayers(input(USER, 'user', { rules: [extra] }), [], HOME);
  const active = activeRules([signalPack], merged);
  assert.deepEqual(active.problems, []);
  const index = indexPacks(active.packs);
  const both = classifyArgv(['fake', 'drop', 'x'], exampleContext({ argv: [] }), index);
  assert.deepEqual(
    both.findings.map((f) => f.rule),
    ['fake/drop'],
  );
  const purge = classifyArgv(['fake', 'purge'], exampleContext({ argv: [] }), index);
  assert.deepEqual(
    purge.findings.map((f) => f.rule),
    ['fake/purge'],
  );
});

test('user disable removes a built-in rule; allow/disable of an unknown id is a problem', () => {
  const ok = activeRules([signalPack], mergeLayers(input(USER, 'user', { disable: ['fake/drop'] }), [], HOME));
  assert.deepEqual(ok.problems, []);
  assert.deepEqual(
    ok.packs[0]?.rules.map((r) => r.id),
    [],
  );
  const typo = activeRules(
    [signalPack],
    mergeLayers(
      input(USER, 'user', { disable: ['fake/dorp'], allow: [{ rule: 'fake/drpo', environment: 'x', resource: '*' }] }),
      [],
      HOME,
    ),
  );
  assert.deepEqual(
    typo.problems.map((p) => p.key),
    ['allow[0].rule', 'disable[0]'],
  );
  assert.deepEqual(
    typo.packs[0]?.rules.map((r) => r.id),
    ['fake/drop'],
    'a config with problems never disables',
  );
});

test('a tampering project config keeps the user disable from applying (fail closed)', () => {
  const active = activeRules(
    [signalPack],
    mergeLayers(
      input(USER, 'user', { disable: ['fake/drop'] }),
      [input(PROJECT, 'project', { disable: ['fake/drop'] })],
      HOME,
    ),
  );
  assert.deepEqual(
    active.packs[0]?.rules.map((r) => r.id),
    ['fake/drop'],
  );
});
