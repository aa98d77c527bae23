// `guard check --shell` exits 77 for every pty driver and runner form, naming the inner command's
// rule in --json (and shell/pty-driver for the drivers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runGuard } from '../helpers/run-guard.js';
import { createTempWorld } from '../helpers/temp-world.js';

const INNER = 'rm/system-directory';
const FORMS: [string, boolean][] = [
  ["script -qc 'rm -rf /srv' /dev/null", true],
  ["expect -c 'spawn rm -rf /srv; interact'", true],
  ['unbuffer rm -rf /srv', true],
  ["socat - EXEC:'rm -rf /srv',pty", true],
  ["socat - SYSTEM:'rm -rf /srv',pty", true],
  ["tmux new-session -d 'rm -rf /srv'", true],
  ["tmux new-window 'rm -rf /srv'", true],
  ["tmux split-window 'rm -rf /srv'", true],
  ["tmux send-keys -t 0 'rm -rf /srv' Enter", true],
  ["screen -S s -X stuff 'rm -rf /srv^M'", true],
  ['screen -dm rm -rf /srv', true],
  ['flock /tmp/l rm -rf /srv', false],
  ['setpriv --reuid=1 rm -rf /srv', false],
  ['runuser -u bob -- rm -rf /srv', false],
  ["su -c 'rm -rf /srv' bob", false],
  ['chroot / rm -rf /srv', false],
  ['unshare -r rm -rf /srv', false],
  ['nsenter -t 1 -m rm -rf /srv', false],
  ['systemd-run --user rm -rf /srv', false],
  ["echo 'rm -rf /srv' | at now", false],
  ["echo 'rm -rf /srv' | batch", false],
  ['gdb --args rm -rf /srv', false],
  ["trap 'rm -rf /srv' EXIT", false],
  ['somewrapper rm -rf /srv', false],
];

test('guard check --shell: 77 with the inner rule for every pty driver and runner form', async (t) => {
  const world = createTempWorld();
  t.after(() => world.dispose());
  const input = `${FORMS.map(([line]) => line.replace(/\n/g, ' ')).join('\n')}\n`;
  const r = await runGuard(['check', '--shell', '--stdin', '--json'], { input, env: world.env(), cwd: world.root });
  assert.equal(r.code, 77, r.stderr);
  const answers = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { line: string; decision: string; findings: { rule: string }[] });
  assert.equal(answers.length, FORMS.length);
  FORMS.forEach(([line, driver], i) => {
    const rules = answers[i]?.findings.map((f) => f.rule) ?? [];
    assert.equal(answers[i]?.decision, 'confirm', line);
    assert.ok(rules.includes(INNER), `${line}: ${rules.join(', ')}`);
    assert.equal(rules.includes('shell/pty-driver'), driver, `${line}: ${rules.join(', ')}`);
  });
  for (const [line] of FORMS.slice(0, 3)) {
    const one = await runGuard(['check', '--shell', line, '--json'], { env: world.env(), cwd: world.root });
    assert.equal(one.code, 77, line);
  }
});
