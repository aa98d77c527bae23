// Pty drivers, multiplexers and system runners are wrappers: what they run (or type) is judged,
// and a pty driver around a guarded command is itself reported (shell/pty-driver).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judge } from '../../helpers/shell-world.js';

const RM_ROOT = 'rm/recursive-critical /@local';
const PTY = (driver: string): string => `shell/pty-driver ${driver}@local`;

const cases: [string, string[]][] = [
  // pty drivers
  ["script -qc 'rm -rf /' /dev/null", [RM_ROOT, PTY('script')]],
  ["script /dev/null -qfc 'rm -rf /'", [RM_ROOT, PTY('script')]],
  ["(sleep 1; printf 'local//\\r') | script -qfc 'rm -rf /' /dev/null", [RM_ROOT, PTY('script')]],
  ["echo 'rm -rf /' | script -q /dev/null", [RM_ROOT, PTY('script')]],
  ["script -qc 'ls -l' /dev/null", []],
  ['script -q /dev/null', []],
  ["expect -c 'spawn rm -rf /; expect eof'", [RM_ROOT, PTY('expect')]],
  ['expect -c "spawn -noecho rm -rf /\nsend \\"x\\r\\"\ninteract"', [RM_ROOT, PTY('expect')]],
  ["expect -c 'exec rm -rf {/}'", [RM_ROOT, PTY('expect')]],
  ["echo 'spawn rm -rf /' | expect", [RM_ROOT, PTY('expect')]],
  ["expect -c 'spawn ssh-keygen -l -f k.pub'", []],
  ['expect -c "$PROG"', ['shell/opaque-command expect-c@unknown', 'shell/pty-driver expect@unknown']],
  ['unbuffer rm -rf /', [RM_ROOT, PTY('unbuffer')]],
  ['unbuffer -p ls', []],
  ["socat - EXEC:'rm -rf /',pty,stderr", [RM_ROOT, PTY('socat')]],
  ["socat - SYSTEM:'rm -rf /',pty,setsid", [RM_ROOT, PTY('socat')]],
  ['socat TCP-LISTEN:8080,fork STDOUT', []],
  // interpreter pty spawns
  ['python3 -c \'import pty; pty.spawn(["rm", "-rf", "/"])\'', [RM_ROOT, PTY('python3')]],
  ['python3 -c \'import pty; pty.spawn("rm -rf /")\'', [RM_ROOT, PTY('python3')]],
  ['node -e \'require("node-pty").spawn("rm", ["-rf", "/"], {})\'', [RM_ROOT, PTY('node')]],
  ['perl -MExpect -e \'Expect->spawn("rm -rf /")\'', [RM_ROOT, PTY('perl')]],
  ['python3 -c \'import pty; pty.spawn(["ls", "-l"])\'', []],
  // multiplexers
  ["tmux new-session -d 'rm -rf /'", [RM_ROOT, PTY('tmux')]],
  ['tmux new -d -s x rm -rf /', [RM_ROOT, PTY('tmux')]],
  ["tmux new-window -t x 'rm -rf /'", [RM_ROOT, PTY('tmux')]],
  ["tmux split-window -h -t x 'rm -rf /'", [RM_ROOT, PTY('tmux')]],
  ["tmux send-keys -t x 'rm -rf /' Enter", [RM_ROOT, PTY('tmux')]],
  ['tmux send-keys -t x rm Space -rf Space / C-m', [RM_ROOT, PTY('tmux')]],
  ["tmux new -d -s a \\; send-keys -t a 'rm -rf /' Enter", [RM_ROOT, PTY('tmux')]],
  ["tmux -L agent run-shell 'rm -rf /'", [RM_ROOT, PTY('tmux')]],
  ["tmux send-keys -t x 'echo rm -rf /' Enter", []],
  ['tmux ls', []],
  ['tmux attach -t main', []],
  ['screen -dmS s rm -rf /', [RM_ROOT, PTY('screen')]],
  ["screen -S s -X stuff 'rm -rf /^M'", [RM_ROOT, PTY('screen')]],
  ["screen -S s -X stuff 'rm -rf /\\n'", [RM_ROOT, PTY('screen')]],
  ['screen -S s -X screen rm -rf /', [RM_ROOT, PTY('screen')]],
  ["screen -S s -X stuff 'ls^M'", []],
  ['screen -ls', []],
  // other users, namespaces, roots, locks, later, debuggers
  ['flock /tmp/l rm -rf /', [RM_ROOT]],
  ["flock -w 5 /tmp/l -c 'rm -rf /'", [RM_ROOT]],
  ['flock /tmp/l ls', []],
  ['setpriv --reuid=1000 --clear-groups rm -rf /', [RM_ROOT]],
  ['runuser -u bob -- rm -rf /', [RM_ROOT]],
  ["runuser -l bob -c 'rm -rf /'", [RM_ROOT]],
  ["su -c 'rm -rf /' bob", [RM_ROOT]],
  ["su - bob -c 'rm -rf /'", [RM_ROOT]],
  ["echo 'rm -rf /' | su bob", [RM_ROOT]],
  ['chroot / rm -rf /', [RM_ROOT]],
  ['chroot --userspec=1:1 /srv/root ls', []],
  ['unshare -rm --mount-proc rm -rf /', [RM_ROOT]],
  ['nsenter -t 1 -m -u rm -rf /', [RM_ROOT]],
  ['systemd-run --user --pty --wait rm -rf /', [RM_ROOT]],
  ['systemd-run --on-active=30 -p Nice=5 rm -rf /', [RM_ROOT]],
  ["echo 'rm -rf /' | at now + 1 minute", [RM_ROOT]],
  ["echo 'rm -rf /' | batch", [RM_ROOT]],
  ['at -l', []],
  ['gdb --args rm -rf /', [RM_ROOT]],
  ["gdb -ex 'shell rm -rf /' -ex quit", [RM_ROOT]],
  ['gdb ./a.out', []],
  ["trap 'rm -rf /' EXIT", [RM_ROOT]],
  ["trap 'rm -rf /' INT TERM", [RM_ROOT]],
  ['trap - EXIT', []],
  ["trap 'echo bye' EXIT", []],
  // an unknown command whose arguments spell a guarded command
  ['somewrapper rm -rf /', [RM_ROOT]],
  ['/opt/bin/somewrapper --verbose rm -rf /', [RM_ROOT]],
  ["somewrapper bash -c 'rm -rf /'", [RM_ROOT]],
  ['somewrapper rm notes.txt', []],
  ['echo rm -rf /', []],
  ['grep -r rm -e /', []],
  ['man rm', []],
];

for (const [line, expected] of cases) {
  test(`pty/runner wrapper: ${JSON.stringify(line)}`, () => assert.deepEqual(judge(line), expected));
}

test('the spelled-command reading says why it judged the inner command', () => {
  assert.equal(judge('somewrapper rm -rf /').length, 1);
});
