import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { configRefusal, loadGuardSetup } from '../../src/app/config-setup.js';
import { openSession } from '../../src/app/session.js';
import { activePacks } from '../../src/app/active-packs.js';
import { exampleContext } from '../../src/core/example-context.js';
import type { JudgeInput } from '../../src/core/judgement/judge.js';
import type { Context } from '../../src/core/types.js';
import { dbDropRule } from '../helpers/custom-rule.js';
import { tempWorld, type TempWorld } from '../helpers/config-world.js';
import { harnessPolicyEnv } from '../helpers/system-policy-dir.js';

function ctxFor(w: TempWorld, env: Record<string, string> = {}): Context {
  const ctx = exampleContext({ argv: [] });
  const calls: (number | undefined)[] = [];
  return Object.assign(ctx, {
    env: { HOME: w.home, ...harnessPolicyEnv(), ...env },
    cwd: w.project,
    home: w.home,
    probe: (_f: string, _a: string[], o?: { timeoutMs?: number }) => (
      calls.push(o?.timeoutMs),
      { ok: true, code: 0, stdout: String(o?.timeoutMs), stderr: '' }
    ),
  });
}

const argvInput = (argv: string[]): JudgeInput => ({ kind: 'argv', argv, stdin: { kind: 'terminal' } });

test('a session applies the config to its context without writing into the world it was given', async () => {
  const w = tempWorld();
  try {
    w.write(join(w.userDir, 'config.yaml'), 'probes: {timeoutMs: 700}\n');
    const world = ctxFor(w);
    const before = world.config;
    const session = await openSession(world);
    assert.equal(session.ctx.probe?.('x', [], { timeoutMs: 5000 }).stdout, '700');
    assert.equal(world.config, before);
    assert.equal(world.probe?.('x', [], { timeoutMs: 5000 }).stdout, '5000');
  } finally {
    w.cleanup();
  }
});

test('the config is installed in ctx; probe settings cap the timeout or remove the probe', async () => {
  const w = tempWorld();
  try {
    w.write(join(w.userDir, 'config.yaml'), 'probes: {timeoutMs: 700}\nprotectedPaths: [~/data]\n');
    const ctx = ctxFor(w);
    await loadGuardSetup(ctx);
    assert.deepEqual(ctx.config.protectedPaths, [join(w.home, 'data')]);
    assert.equal(ctx.probe?.('x', [], { timeoutMs: 5000 }).stdout, '700');
    w.write(join(w.project, 'guard.config.json'), '{"probes": {"enabled": false}}');
    const off = ctxFor(w);
    await loadGuardSetup(off);
    assert.equal(off.probe, undefined);
  } finally {
    w.cleanup();
  }
});

test('active packs carry their source; a tampering config refuses destructive decisions only', async () => {
  const w = tempWorld();
  try {
    w.write(join(w.userDir, 'config.json'), JSON.stringify({ rules: [dbDropRule()] }));
    const packs = await activePacks(ctxFor(w));
    assert.deepEqual(
      packs.filter((p) => p.source !== 'built-in').map((p) => [p.pack.tool, p.source]),
      [['mytool', join(w.userDir, 'config.json')]],
    );
    w.write(join(w.project, '.guardrc'), 'disable: [mytool/db-drop]\n');
    const session = await openSession(ctxFor(w));
    const { decision: destructive } = await session.judge(argvInput(['mytool', 'db', 'drop', 'x']));
    assert.match(
      configRefusal(destructive, session.setup) ?? '',
      /\.guardrc: disable: a project config may not disable rules/,
    );
    const { decision: benign } = await session.judge(argvInput(['mytool', 'db', 'list']));
    assert.equal(configRefusal(benign, session.setup), undefined);
  } finally {
    w.cleanup();
  }
});

test('token hygiene warnings reach the decision', async () => {
  const w = tempWorld();
  try {
    w.write(
      join(w.userDir, 'config.json'),
      JSON.stringify({
        rules: [
          dbDropRule({
            id: 'railway/custom-wipe',
            commands: ['railway'],
            when: { args: ['wipe'] },
            examples: {
              destructive: [{ argv: ['railway', 'wipe', 'x', 'y'] }],
              benign: [{ argv: ['railway', 'status'] }],
            },
          }),
        ],
      }),
    );
    const session = await openSession(ctxFor(w, { RAILWAY_API_TOKEN: 'account-token' }));
    assert.deepEqual(session.setup.problems, []);
    const { decision: d } = await session.judge(argvInput(['railway', 'wipe', 'x', 'pg-data']));
    assert.match(d.findings[0]?.warnings.join('\n') ?? '', /RAILWAY_API_TOKEN is an account or workspace token/);
  } finally {
    w.cleanup();
  }
});
