// The audit trail under concurrency and tampering, through the built binary.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
before(() => {
  world = createTempWorld();
  world.standIn('railway');
});
after(() => world.dispose());

const auditFile = (state: string): string => join(state, 'guard', 'audit.jsonl');

test('50 concurrent guard processes append without interleaving; every line parses and the chain verifies', async () => {
  const state = world.stateDir();
  const env = world.env({ XDG_STATE_HOME: state });
  const runs = await Promise.all(
    Array.from({ length: 50 }, (_, i) => runGuard(['railway', 'status', `--n=${i}`], { env })),
  );
  assert.ok(
    runs.every((r) => r.code === 0),
    runs.map((r) => r.stderr).join(''),
  );
  const lines = readFileSync(auditFile(state), 'utf8').trimEnd().split('\n');
  assert.equal(lines.length, 50);
  const seen = new Set(lines.map((l) => (JSON.parse(l) as { argv: string[] }).argv[2]));
  assert.equal(seen.size, 50);
  const verify = await runGuard(['log', 'verify'], { env });
  assert.equal(verify.code, 0, verify.stdout);
  assert.match(verify.stdout, /intact: 50 records/);
});

test('guard log verify detects an edited line and a deleted line', async () => {
  const state = world.stateDir();
  const env = world.env({ XDG_STATE_HOME: state });
  for (let i = 0; i < 4; i++) await runGuard(['railway', 'status', String(i)], { env });
  const path = auditFile(state);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, original.replace('"status","2"', '"status","7"'));
  const edited = await runGuard(['log', 'verify'], { env });
  assert.equal(edited.code, 1);
  assert.match(edited.stdout, /audit\.jsonl:3: content does not match its hash/);
  const lines = original.split('\n');
  lines.splice(1, 1);
  writeFileSync(path, lines.join('\n'));
  const deleted = await runGuard(['log', 'verify'], { env });
  assert.equal(deleted.code, 1);
  assert.match(deleted.stdout, /:2: does not follow the previous line/);
});

test('records carry decision, rule, resource, environment and evidence; secrets are redacted; the agent is noted', async () => {
  const state = world.stateDir();
  const env = world.env({ XDG_STATE_HOME: state, CLAUDECODE: '1' });
  const refused = await runGuard(
    ['railway', 'volume', '-e', 'production', 'delete', '-v', 'pg-data', 'RAILWAY_TOKEN=sekrit-value'],
    { env },
  );
  assert.equal(refused.code, 77);
  assert.doesNotMatch(refused.stderr, /sekrit-value/);
  const text = readFileSync(auditFile(state), 'utf8');
  assert.doesNotMatch(text, /sekrit-value/);
  const record = JSON.parse(text.trim().split('\n').pop() as string) as Record<string, any>;
  assert.equal(record.decision, 'refused');
  assert.equal(record.how, 'no-terminal');
  assert.equal(record.agent, 'claude-code');
  assert.deepEqual(record.resources, ['pg-data']);
  assert.equal(record.environment[0].name, 'production');
  assert.equal(record.environment[0].evidence[0].source, 'flag');
  assert.match(record.rules[0], /^railway\//);
  const log = await runGuard(['log', '--decision', 'refused', '--json'], { env });
  assert.equal(log.stdout.trim().split('\n').length, 1);
  const table = await runGuard(['log'], { env });
  assert.match(table.stdout, /refused\s+railway\/\S+\s+production\s+pg-data/);
});

test('when the audit trail cannot be written a benign command still runs, silently', async () => {
  const state = world.stateDir();
  mkdirSync(join(state, 'guard', 'audit.jsonl'), { recursive: true }); // a directory: no one, not even root, can append to it
  const env = world.env({ XDG_STATE_HOME: state });
  const benign = await runGuard(['railway', 'status'], { env });
  assert.equal(benign.code, 0);
  assert.equal(benign.stderr, '');
});

test('guard log verify and guard log report a trail they cannot read as an error, never as "no audit trail"', async () => {
  const state = world.stateDir();
  const env = world.env({ XDG_STATE_HOME: state });
  mkdirSync(auditFile(state), { recursive: true }); // a directory where the trail should be
  for (const args of [['log', 'verify'], ['log']]) {
    const run = await runGuard(args, { env });
    assert.notEqual(run.code, 0, `${args.join(' ')}: ${run.stdout}`);
    assert.doesNotMatch(run.stdout, /no audit trail|no matching decisions/);
    assert.match(run.stderr, /^guard: .*EISDIR/m);
  }
});

test('guard log verify follows the chain through rotated files and finds one removed', async () => {
  const state = world.stateDir();
  const env = world.env({ XDG_STATE_HOME: state });
  const { appendAudit } = await import('../../src/io/audit/audit-log.js');
  for (let i = 0; i < 40; i++)
    appendAudit(
      auditFile(state),
      {
        time: new Date().toISOString(),
        decision: 'allow',
        user: 'u',
        cwd: '/w',
        argv: ['railway', 'status', String(i)],
      },
      1500,
    );
  await runGuard(['railway', 'status', 'last'], { env });
  const verify = await runGuard(['log', 'verify'], { env });
  assert.equal(verify.code, 0, verify.stdout);
  assert.match(verify.stdout, /intact: 41 records, chain verified \(\d+ files/);
  const tail = await runGuard(['log', '--json', '-n', '3'], { env });
  assert.deepEqual(
    tail.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { argv: string[] }).argv.at(-1)),
    ['38', '39', 'last'],
  );
  const { rmSync } = await import('node:fs');
  rmSync(`${auditFile(state)}.2`);
  const cut = await runGuard(['log', 'verify'], { env });
  assert.equal(cut.code, 1);
  assert.match(cut.stdout, /does not follow the previous line/);
});
