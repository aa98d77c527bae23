// Terminal provenance end to end: an unprivileged agent user in bubblewrap drives guard's prompt
// through every kind of pseudo-terminal it can make, and nothing is destroyed, approved, unlocked
// or given a passphrase; a human-like terminal (a tmux server and client the harness started before
// the agent, outside its reach) still confirms.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GUARD_BIN, runDetached, runGuard } from '../helpers/run-guard.js';
import { runOnPty } from '../helpers/pty.js';
import { agentSandboxArgv, ptyAgentUser, type AgentUser } from '../helpers/pty-agent-user.js';
import { harnessPolicyDir } from '../helpers/system-policy-dir.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';
import { createStandIn, type StandIn } from '../helpers/stand-in.js';

let world: TempWorld;
let user: AgentUser;
let agentDir: string;
let shims: string;
let railway: StandIn;

const RAILWAY = 'railway volume delete -v pg-data -e production --yes';
const RAILWAY_PHRASE = 'production/pg-data';

before(async () => {
  user = ptyAgentUser();
  world = createTempWorld();
  chmodSync(world.root, 0o755);
  agentDir = join(world.root, 'agent');
  for (const sub of ['', 'state', 'config', 'data', 'records', 'victims']) {
    mkdirSync(join(agentDir, sub), { recursive: true });
    chownSync(join(agentDir, sub), user.uid, user.gid);
  }
  shims = join(world.root, 'shims');
  const installed = await runGuard(['install', '--dir', shims], { env: world.env() });
  assert.equal(installed.code, 0, installed.stderr);
});
after(() => world.dispose());

/** A fresh state directory and railway stand-in per test: refusals of one attack must not lock guard for the next. */
let state = 'state';
function freshState(name: string): void {
  railway = createStandIn(world.bin, join(agentDir, 'records'), 'railway');
  state = `state-${name.replace(/\W+/g, '-')}`;
  mkdirSync(join(agentDir, state), { recursive: true });
  chownSync(join(agentDir, state), user.uid, user.gid);
}

function agentEnv(): Record<string, string> {
  return {
    PATH: `${shims}:${world.bin}:/usr/bin:/bin`,
    XDG_STATE_HOME: join(agentDir, state),
    XDG_CONFIG_HOME: join(agentDir, 'config'),
    XDG_DATA_HOME: join(agentDir, 'data'),
    GUARD_SYSTEM_DIR: harnessPolicyDir(),
    TERM: 'xterm',
    LANG: 'C.UTF-8',
  };
}

/** Runs a shell script as the agent in its sandbox, with no controlling terminal, in the victims' project directory. */
function asAgent(script: string, timeoutMs = 60_000): ReturnType<typeof runDetached> {
  const argv = agentSandboxArgv(user, `cd ${join(agentDir, 'victims')} && ${script}`, {
    writable: [agentDir],
    readable: [world.root, harnessPolicyDir()],
    env: agentEnv(),
  });
  return runDetached(argv[0] as string, argv.slice(1), { env: process.env, timeoutMs });
}

/** A git repository the agent owns, inside its project directory: `rm -rf` of it needs a human's confirmation. */
function victim(name: string): string {
  const dir = join(agentDir, 'victims', name);
  mkdirSync(join(dir, '.git'), { recursive: true });
  for (const d of [dir, join(dir, '.git')]) chownSync(d, user.uid, user.gid);
  return dir;
}

const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** Each pty driver running CMD and typing PHRASE into guard's prompt, as an agent would. */
const DRIVERS: Record<string, (cmd: string, phrase: string) => string> = {
  script: (cmd, phrase) => `(sleep 2; printf '%s\\r' ${q(phrase)}; sleep 8) | script -qfc ${q(cmd)} /dev/null`,
  expect: (cmd, phrase) =>
    `expect -c ${q(`set timeout 15; spawn sh -c {${cmd}}; expect "to run it"; send "${phrase}\\r"; expect eof`)}`,
  unbuffer: (cmd, phrase) => `(sleep 2; printf '%s\\r' ${q(phrase)}; sleep 8) | unbuffer -p sh -c ${q(cmd)}`,
  'python pty': (cmd, phrase) =>
    `python3 -c ${q(`import os, pty, time, select\npid, fd = pty.fork()\nif pid == 0:\n    os.execvp("sh", ["sh", "-c", ${JSON.stringify(cmd)}])\ntime.sleep(2)\nos.write(fd, ${JSON.stringify(`${phrase}\r`)}.encode())\nend = time.time() + 12\nwhile time.time() < end:\n    r, _, _ = select.select([fd], [], [], 0.2)\n    if r:\n        try:\n            data = os.read(fd, 4096)\n        except OSError:\n            break\n        if not data:\n            break\n        os.write(1, data)\nos.waitpid(pid, 0)`)}`,
  socat: (cmd, phrase) =>
    `(sleep 2; printf '%s\\r' ${q(phrase)}; sleep 8) | socat - SYSTEM:${q(cmd)},pty,setsid,ctty,stderr`,
  'detached tmux + send-keys': (cmd, phrase) =>
    `S=$HOME/tmux.sock; tmux -S $S new-session -d -s a ${q(`${cmd} >>$HOME/pane.log 2>&1; sleep 4`)}; sleep 2; tmux -S $S send-keys -t a ${q(phrase)} Enter; sleep 3; cat $HOME/pane.log; tmux -S $S kill-server 2>/dev/null; true`,
  'tmux client the agent attached': (cmd, phrase) =>
    `S=$HOME/tmux2.sock; tmux -S $S new-session -d -s b ${q(`${cmd}; sleep 3`)}; (sleep 2; printf '%s\\r' ${q(phrase)}; sleep 4) | script -qfc "tmux -S $S attach -t b" /dev/null; tmux -S $S kill-server 2>/dev/null; true`,
};

for (const [name, drive] of Object.entries(DRIVERS)) {
  test(`pty attack through ${name}: the real rm does not delete the repository and the stand-in railway does not run`, async () => {
    freshState(name);
    const dir = victim(name.replace(/\W+/g, '-'));
    const rmCmd = `rm -rf ${dir}`;
    const r = await asAgent(`${drive(rmCmd, `local/${dir}`)}; ${drive(RAILWAY, RAILWAY_PHRASE)}`);
    assert.ok(existsSync(join(dir, '.git')), `${name}: rm deleted the repository\n${r.stdout}\n${r.stderr}`);
    assert.equal(railway.ran(), false, `${name}: railway ran\n${r.stdout}`);
    assert.match(
      r.stdout + r.stderr,
      /not a human's terminal/,
      `${name}: guard did not say a program drives the terminal\n${r.stdout}\n${r.stderr}`,
    );
  });
}

test('a refused agent gets a ticket but cannot approve it through script; nor unlock a lock; nor make a passphrase', async () => {
  freshState('approve');
  const dir = victim('approve');
  const refused = await asAgent(`rm -rf ${dir} </dev/null`);
  const id = /guard approve ([a-z0-9]{10})/.exec(refused.stderr)?.[1];
  assert.ok(id, refused.stderr);
  const guard = `node ${GUARD_BIN}`;
  const approve = await asAgent(`${DRIVERS.script?.(`${guard} approve ${id}`, `local/${dir}`)}; ${guard} tickets`);
  assert.match(approve.stdout, new RegExp(`${id}\\s+pending`), approve.stdout);
  assert.match(approve.stdout, /driven by script \(pid \d+\)/);
  const again = await asAgent(`rm -rf ${dir} </dev/null`);
  assert.equal(again.code, 77);
  assert.ok(existsSync(join(dir, '.git')));
  // Enough refusals lock guard; the agent cannot lift the lock through a pty it drives.
  const locked = await asAgent(`for i in 1 2 3 4 5; do rm -rf ${dir} </dev/null 2>/dev/null; done; ${guard} status`);
  assert.match(locked.stdout, /LOCKED/);
  const unlock = await asAgent(
    `${DRIVERS.expect?.(`${guard} unlock`, 'unlock').replace('to run it', 'to confirm')}; ${guard} status`,
  );
  assert.match(unlock.stdout, /LOCKED/, unlock.stdout);
  const passphrase = await asAgent(
    `(sleep 2; printf 'agent-chosen-pass\\r'; sleep 1; printf 'agent-chosen-pass\\r'; sleep 2) | script -qfc '${guard} passphrase' /dev/null`,
  );
  assert.doesNotMatch(passphrase.stdout, /"passphrase"/, passphrase.stdout);
  assert.match(passphrase.stdout, /not a human's terminal/);
});

test('a human-like terminal: a tmux server and attached client started by the harness before the agent still confirms', async () => {
  freshState('human');
  const dir = victim('human');
  const sock = join(world.root, 'human-tmux.sock');
  const argv = agentSandboxArgv(user, `cd ${join(agentDir, 'victims')} && rm -rf ${dir}; echo rm-exit=$?`, {
    writable: [agentDir],
    readable: [world.root, harnessPolicyDir()],
    env: agentEnv(),
  });
  const paneCommand = `${argv.map((a) => q(a)).join(' ')}; sleep 2`;
  const started = await runDetached(
    'tmux',
    ['-S', sock, 'new-session', '-d', '-x', '200', '-y', '50', '-s', 'human', paneCommand],
    { env: { ...process.env, TERM: 'xterm' } },
  );
  assert.equal(started.code, 0, started.stderr);
  const client = await runOnPty(
    ['tmux', '-S', sock, 'attach', '-t', 'human'],
    [
      { expect: 'to run it', send: `local/${dir}\r` },
      { expect: 'rm-exit=0', send: '' },
    ],
    { env: { ...process.env, TERM: 'xterm' }, timeoutMs: 40_000 },
  );
  await runDetached('tmux', ['-S', sock, 'kill-server'], {});
  assert.equal(existsSync(dir), false, `the human's confirmation did not run rm\n${client.stdout}`);
  assert.ok(readdirSync(join(agentDir, 'victims')).length > 0);
});
