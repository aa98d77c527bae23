// Tickets, cooldown, burst lockout, kill switch and a broken audit trail, through a real pseudo-terminal.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUARD_BIN, runGuard } from '../helpers/run-guard.js';
import { runOnPty } from '../helpers/pty.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
before(() => {
  world = createTempWorld();
  world.standIn('railway');
});
after(() => world.dispose());

const DELETE = ['railway', 'volume', '-e', 'production', 'delete', '-v', 'pg-data', '--yes'];
const PHRASE = 'production/pg-data';
const guardOnPty = (args: string[], steps: { expect: string; send: string }[], env: NodeJS.ProcessEnv) =>
  runOnPty([process.execPath, GUARD_BIN, ...args], steps, { env });

function ticketIdOf(stderr: string): string {
  const match = /guard approve ([a-z0-9]{10})/.exec(stderr);
  assert.ok(match, `no ticket in: ${stderr}`);
  return match[1] as string;
}

test('ticket lifecycle: refusal issues a ticket, a human approves it at a terminal, the same command runs once', async () => {
  const railway = world.standIn('railway');
  const env = world.env({ XDG_STATE_HOME: world.stateDir() });
  const refused = await runGuard(DELETE, { env });
  assert.equal(refused.code, 77);
  assert.match(refused.stderr, /stop here/);
  const id = ticketIdOf(refused.stderr);

  const agentApproves = await runGuard(['approve', id], { env });
  assert.equal(agentApproves.code, 77, 'approve without a terminal must be refused');
  assert.match(agentApproves.stderr, /needs a human at a terminal/);

  const approved = await guardOnPty(['approve', id], [{ expect: 'to approve', send: `${PHRASE}\r` }], env);
  assert.equal(approved.code, 0, approved.stdout);
  assert.match(approved.stdout, /railway volume -e production delete -v pg-data --yes/);

  const other = await runGuard([...DELETE.slice(0, -1)], { env });
  assert.equal(other.code, 77, 'a different argv is not covered by the ticket');
  assert.equal(railway.ran(), false);

  const used = await runGuard(DELETE, { env });
  assert.equal(used.code, 0, used.stderr);
  assert.match(used.stderr, new RegExp(`running with ticket ${id}`));
  assert.equal(railway.ran(), true);
  assert.deepEqual(railway.argv(), DELETE.slice(1));

  const again = world.standIn('railway');
  const reused = await runGuard(DELETE, { env });
  assert.equal(reused.code, 77, 'a ticket is single use');
  assert.equal(again.ran(), false);
  const decisions = readFileSync(join(env.XDG_STATE_HOME as string, 'guard/audit.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { decision: string }).decision);
  assert.deepEqual(decisions, ['refused', 'approved', 'refused', 'ticket-used', 'exit', 'refused']);
});

test('an expired ticket cannot be approved or used', async () => {
  const env = world.env({ XDG_STATE_HOME: world.stateDir() });
  const refused = await runGuard(DELETE, { env });
  const id = ticketIdOf(refused.stderr);
  const file = join(env.XDG_STATE_HOME as string, 'guard/tickets', `${id}.json`);
  const ticket = JSON.parse(readFileSync(file, 'utf8')) as { expires: string };
  writeFileSync(file, JSON.stringify({ ...ticket, expires: new Date(Date.now() - 1000).toISOString() }));
  const approve = await guardOnPty(['approve', id], [], env);
  assert.equal(approve.code, 64);
  assert.match(approve.stdout, /no live ticket/);
  assert.deepEqual(readdirSync(join(env.XDG_STATE_HOME as string, 'guard/tickets')), []);
});

test('tickets are stored with owner-only permissions', async () => {
  const env = world.env({ XDG_STATE_HOME: world.stateDir() });
  const id = ticketIdOf((await runGuard(DELETE, { env })).stderr);
  const { statSync } = await import('node:fs');
  const dir = join(env.XDG_STATE_HOME as string, 'guard/tickets');
  assert.equal(statSync(dir).mode & 0o777, 0o700);
  assert.equal(statSync(join(dir, `${id}.json`)).mode & 0o777, 0o600);
});

test('the production cooldown is visible, and Ctrl-C during it runs nothing', async () => {
  const railway = world.standIn('railway');
  const env = world.env();
  const result = await guardOnPty(
    DELETE,
    [
      { expect: 'to run it', send: `${PHRASE}\r` },
      { expect: 'Ctrl-C aborts', send: '\u0003' },
    ],
    env,
  );
  assert.equal(result.code, 130, result.stdout);
  assert.match(result.stdout, /aborted during the countdown/);
  assert.equal(railway.ran(), false);
});

test('a confirmed command whose audit record cannot be written is refused', async () => {
  const railway = world.standIn('railway');
  const state = world.stateDir();
  mkdirSync(join(state, 'guard', 'audit.jsonl'), { recursive: true });
  const result = await guardOnPty(
    DELETE,
    [{ expect: 'to run it', send: `${PHRASE}\r` }],
    world.env({ XDG_STATE_HOME: state }),
  );
  assert.equal(result.code, 77, result.stdout);
  assert.match(result.stdout, /audit record could not be written/);
  assert.equal(railway.ran(), false);
});

test('burst lockout: the 4th destructive attempt within 60 s locks guard until a human unlocks it', async () => {
  const railway = world.standIn('railway');
  const env = world.env({ XDG_STATE_HOME: world.stateDir() });
  for (let i = 0; i < 3; i++) assert.equal((await runGuard(DELETE, { env })).code, 77);
  const fourth = await runGuard(DELETE, { env });
  assert.equal(fourth.code, 77);
  assert.match(fourth.stderr, /too many destructive attempts/);
  const status = await runGuard(['status'], { env });
  assert.match(status.stdout, /LOCKED/);
  const atTerminal = await guardOnPty(DELETE, [], env);
  assert.equal(atTerminal.code, 77, 'locked: not even a terminal prompt');
  assert.match(atTerminal.stdout, /guard is locked/);
  assert.equal((await runGuard(['unlock'], { env })).code, 77, 'unlock needs a terminal');
  const unlock = await guardOnPty(['unlock'], [{ expect: 'to confirm', send: 'unlock\r' }], env);
  assert.equal(unlock.code, 0, unlock.stdout);
  assert.match((await runGuard(['status'], { env })).stdout, /not locked/);
  assert.equal((await runGuard(['railway', 'status'], { env })).code, 0, 'benign commands were never locked');
  assert.equal(railway.ran(), true);
  // The unlock starts a fresh window: the human's own confirmation right after it is not locked again.
  const confirmed = await guardOnPty(DELETE, [{ expect: 'to run it', send: `${PHRASE}\r` }], env);
  assert.equal(confirmed.code, 0, confirmed.stdout);
  assert.doesNotMatch(confirmed.stdout, /too many destructive attempts/);
});

test('kill switch: guard lock refuses every destructive command, even at a terminal, until unlock', async () => {
  const railway = world.standIn('railway');
  const env = world.env({ XDG_STATE_HOME: world.stateDir() });
  const lock = await guardOnPty(['lock'], [{ expect: 'to confirm', send: 'lock\r' }], env);
  assert.equal(lock.code, 0, lock.stdout);
  const refused = await guardOnPty(DELETE, [{ expect: 'to run it', send: `${PHRASE}\r` }], env);
  assert.equal(refused.code, 77);
  assert.match(refused.stdout, /guard is locked \(kill-switch/);
  assert.equal(railway.ran(), false);
  const benign = await runGuard(['railway', 'status'], { env });
  assert.equal(benign.code, 0);
  const unlock = await guardOnPty(['unlock'], [{ expect: 'to confirm', send: 'unlock\r' }], env);
  assert.equal(unlock.code, 0);
});

test('the alert command in the user config receives the refusal as JSON', async () => {
  const out = join(world.root, 'alert.json');
  const env = world.env({ XDG_CONFIG_HOME: join(world.root, 'alert-config') });
  mkdirSync(join(env.XDG_CONFIG_HOME as string, 'guard'), { recursive: true });
  writeFileSync(
    join(env.XDG_CONFIG_HOME as string, 'guard', 'config.json'),
    JSON.stringify({ alerts: { command: `cat > '${out}'`, timeoutSeconds: 5 } }),
  );
  const refused = await runGuard(DELETE, { env });
  assert.equal(refused.code, 77, refused.stderr);
  for (let i = 0; i < 200; i++) {
    try {
      if (readFileSync(out, 'utf8').endsWith('}')) break;
    } catch {
      // not yet written
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const event = JSON.parse(readFileSync(out, 'utf8')) as {
    event: string;
    how: string;
    findings: { rule: string; resource: string; environment: string }[];
  };
  assert.equal(event.event, 'refused');
  assert.equal(event.how, 'no-terminal');
  assert.deepEqual(
    event.findings.map((f) => [f.resource, f.environment]),
    [['pg-data', 'production']],
  );
});

test('the production passphrase from the user config is asked after the typed name', async () => {
  const { hashPassphrase } = await import('../../src/io/passphrase.js');
  const env = world.env({ XDG_CONFIG_HOME: join(world.root, 'pass-config') });
  mkdirSync(join(env.XDG_CONFIG_HOME as string, 'guard'), { recursive: true });
  writeFileSync(
    join(env.XDG_CONFIG_HOME as string, 'guard', 'config.json'),
    JSON.stringify({ passphrase: hashPassphrase('correct horse battery') }),
  );
  const railway = world.standIn('railway');
  const wrong = await guardOnPty(
    DELETE,
    [
      { expect: 'to run it', send: `${PHRASE}\r` },
      { expect: 'passphrase', send: 'wrong guess\r' },
    ],
    env,
  );
  assert.equal(wrong.code, 77, wrong.stdout);
  assert.doesNotMatch(wrong.stdout, /wrong guess/, 'the passphrase is not echoed');
  assert.equal(railway.ran(), false);
  const right = await guardOnPty(
    DELETE,
    [
      { expect: 'to run it', send: `${PHRASE}\r` },
      { expect: 'passphrase', send: 'correct horse battery\r' },
    ],
    env,
  );
  assert.equal(right.code, 0, right.stdout);
  assert.equal(railway.ran(), true);
});
