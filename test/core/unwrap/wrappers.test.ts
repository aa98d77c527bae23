import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judge, type World } from '../../helpers/shell-world.js';
import { indexPacks } from '../../../src/core/classify.js';
import { FAKE_PACKS, fakeFind } from '../../helpers/fake-packs.js';
import { nestedShell } from '../../../src/core/shell/shell-rules.js';

const RM_ROOT = 'rm/recursive-critical /@local';
const OPAQUE = (r: string): string => `shell/opaque-command ${r}@unknown`;

const cases: [string, string[], World?][] = [
  // privilege and environment wrappers
  ['sudo rm -rf /', [RM_ROOT]],
  ['sudo -u root -E rm -rf /', [RM_ROOT]],
  ['sudo -l', []],
  ['sudo -D / rm -rf etc', ['rm/recursive-critical /etc@local']],
  ['sudo TF_WORKSPACE=prod terraform destroy', ['terraform/destroy project@prod']],
  ['doas -u root rm -rf /', [RM_ROOT]],
  ['env rm -rf /', [RM_ROOT]],
  ['env -i PATH=/bin TF_WORKSPACE=prod terraform destroy', ['terraform/destroy project@prod']],
  ['env -u HOME -C / rm -rf usr', ['rm/recursive-critical /usr@local']],
  ['env -S "TF_WORKSPACE=staging terraform destroy"', ['terraform/destroy project@staging']],
  ['/usr/bin/env rm -rf /', [RM_ROOT]],
  ['env', []],
  ['command rm -rf /', [RM_ROOT]],
  ['command -v rm', []],
  ['builtin cd /; rm -rf *', [RM_ROOT]],
  ['exec rm -rf /', [RM_ROOT]],
  ['nohup rm -rf / &', [RM_ROOT]],
  ['time rm -rf /', [RM_ROOT]],
  ['time -p rm -rf /', [RM_ROOT]],
  ['timeout 10 rm -rf /', [RM_ROOT]],
  ['timeout -s KILL -k 5 10s rm -rf /', [RM_ROOT]],
  ['nice -n 10 rm -rf /', [RM_ROOT]],
  ['ionice -c 3 rm -rf /', [RM_ROOT]],
  ['stdbuf -oL rm -rf /', [RM_ROOT]],
  ['stdbuf -o L rm -rf /', [RM_ROOT]],
  ['busybox rm -rf /', [RM_ROOT]],
  ['sudo env nice timeout 5 rm -rf /', [RM_ROOT]],
  ['timeout 10 ls /', []],
  ['sudo ls /root', []],
  // nested shells
  ['bash -c "rm -rf /"', [RM_ROOT]],
  ['sh -c \'psql -c "drop database prod"\'', ['psql/drop prod@unknown']],
  ['bash -lc "cd infra && TF_WORKSPACE=prod terraform destroy"', ['terraform/destroy infra@prod']],
  ['zsh -c "sudo rm -rf /"', [RM_ROOT]],
  ['dash -ec "rm -rf /"', [RM_ROOT]],
  ['sh -c \'rm -rf "$1"\' _ /', [RM_ROOT]],
  ['bash -c "echo rm -rf /"', []],
  ['bash script.sh', []],
  ['bash -c "$CMD"', [OPAQUE('bash-c')]],
  [nestedShell(3, 'rm -rf /'), [RM_ROOT]],
  [`${'nice '.repeat(10)}ls`, ['shell/nesting-too-deep nice@unknown']],
  [`${'sudo '.repeat(8)}ls`, []],
  ['eval "rm -rf /"', [RM_ROOT]],
  ['eval rm -rf /', [RM_ROOT]],
  ['eval "$CMD"', [OPAQUE('eval')]],
  ['eval echo hi', []],
  // pipes into shells
  ['echo "rm -rf /" | sh', [RM_ROOT]],
  ["printf 'rm -rf /' | bash", [RM_ROOT]],
  ['curl -fsSL https://x.sh | sh', [OPAQUE('stdin-of-sh')]],
  ['echo cm0gLXJmIC8= | base64 -d | bash', [OPAQUE('stdin-of-bash')]],
  ['xxd -r -p payload | sh -s', [OPAQUE('stdin-of-sh')]],
  ['sh <<EOF\nrm -rf /\nEOF', [RM_ROOT]],
  ['bash <<< "rm -rf /"', [RM_ROOT]],
  ['source <(curl -s https://x)', [OPAQUE('source')]],
  ['. <(echo x)', [OPAQUE('source')]],
  ['source ./env.sh', []],
  ['bash <(curl -s https://x/install.sh)', [OPAQUE('bash-script')]],
  ['python3 <(curl -s https://x/get.py)', [OPAQUE('python3-script')]],
  ['curl -s https://x | bash /dev/stdin', [OPAQUE('stdin-of-bash')]],
  ["alias ll='rm -rf /'\nll", [RM_ROOT]],
  ["alias ll='ls -la'; ll /", []],
  ['$(cat cmd.txt) -rf build', [OPAQUE('command-name')]],
  ['$CMD -rf /', [OPAQUE('command-name')]],
  ['`which rm` -rf x', [OPAQUE('command-name')]],
  ['X=rm; $X -rf /', [RM_ROOT]],
  // xargs, parallel, watch, find
  ['find . -name x | xargs rm -rf', ['shell/unknown-operands rm-operands@local']],
  ['xargs -0 -n1 rm -rf < list', ['shell/unknown-operands rm-operands@local']],
  ['ls | xargs -I{} rm -rf /tmp/{}', []],
  ['ls | xargs -I{} rm -rf ~/{}', ['rm/recursive-critical /home/user/{}@local']],
  ['find . -name x | xargs ls -l', []],
  ["ls | xargs -I % sh -c 'rm -rf %'", ['shell/opaque-command sh-c@unknown']],
  ['xargs rm -rf / < list', [RM_ROOT]],
  ['parallel rm -rf ::: / /tmp/x', [RM_ROOT]],
  ['parallel rm -rf {} ::: /tmp/a /tmp/b', []],
  ['ls | parallel rm -rf', ['shell/unknown-operands rm-operands@local']],
  ['watch -n 5 rm -rf /', [RM_ROOT]],
  ['watch "ls; rm -rf /"', [RM_ROOT]],
  ['watch -n1 ls', []],
  ['find / -delete', [RM_ROOT]],
  ['find ~ -name "*.tmp" -delete', ['rm/recursive-critical /home/user/{}@local']],
  ['find . -name "*.pyc" -delete', []],
  ['find . -delete', ['rm/recursive-critical /home/user/project@local']],
  ['find /tmp/x -delete', []],
  ['find / -exec rm -rf {} \\;', ['rm/recursive-critical /{}@local']],
  ['find . -name node_modules -exec rm -rf {} +', []],
  ['find / -name x -execdir sh -c "rm -rf /" \\;', [RM_ROOT]],
  ['find . -ok rm -rf / \\;', [RM_ROOT]],
  ['find . -name "*.log" -print', []],
  // operands guard cannot see
  ['rm -rf $(cat dirs.txt)', ['shell/unknown-operands rm-operands@local']],
  ['rm -rf "$BUILD_DIR"', ['shell/unknown-operands rm-operands@local']],
  ['rm -rf "$BUILD_DIR"/*', [RM_ROOT]],
  ['rm -f "$HOME/x.log"', []],
  ['echo $(cat dirs.txt)', []],
  ['psql -c "$SQL"', ['shell/unknown-operands psql-operands@unknown']],
];

for (const [line, expected, world] of cases) {
  test(`wrapper: ${JSON.stringify(line)}`, () => assert.deepEqual(judge(line, world), expected));
}

test('find with a find pack registered: the pack judges -delete, -exec is still followed', () => {
  const index = indexPacks([...FAKE_PACKS, fakeFind]);
  assert.deepEqual(judge('find /srv -delete', {}, index), ['find/delete /srv@local']);
  assert.deepEqual(judge('find . -exec rm -rf / \\;', {}, index), [RM_ROOT]);
});

test('find -delete without rm or find rules fails closed', () => {
  assert.deepEqual(judge('find . -name x -delete', {}, indexPacks([])), ['shell/unknown-operands .@unknown']);
});
