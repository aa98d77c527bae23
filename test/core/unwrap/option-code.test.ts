// Tools that run code from their options or program text: git, awk, sed, vim, ssh, docker run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexPacks } from '../../../src/core/classify.js';
import { builtinPacks } from '../../../rules/index.js';
import { judge } from '../../helpers/shell-world.js';

const index = indexPacks(builtinPacks);
const OPAQUE = (r: string): string => `shell/opaque-command ${r}@unknown`;
const SRV = 'rm/system-directory /srv/data@local';

function check(cases: [string, string[]][]): void {
  for (const [line, expected] of cases) assert.deepEqual(judge(line, {}, index), expected, line);
}

test('git: -c command keys, aliases, hooksPath, rebase --exec, bisect run', () => {
  check([
    [`git -c core.fsmonitor='rm -rf /srv/data; false' status`, [SRV]],
    [`git -c core.sshCommand='rm -rf ~; ssh' fetch`, ['rm/home-directory /home/user@local']],
    [`git -c alias.cleanup='!rm -rf /srv/data' cleanup`, [SRV]],
    [`git -c core.hooksPath=/tmp/hooks commit -m wip`, [OPAQUE('git-hooks-path')]],
    [`git rebase --exec 'rm -rf /srv/data' HEAD~3`, [SRV]],
    [`git rebase -x 'psql -c "drop table users"' main`, ['psql/drop-object users@localhost']],
    [`git bisect run sh -c 'rm -rf /srv/data'`, [SRV]],
    [`git -c core.pager=cat log -3`, []],
    [`git -c core.fsmonitor=false status`, []],
    [`git -c alias.st=status st`, []],
    [`git -c alias.x='!rm -rf /srv/data' status`, []],
    [`git rebase --exec 'npm test' HEAD~3`, []],
    [`git bisect run npm test`, []],
  ]);
});

test('awk, sed, vim: commands in the program text', () => {
  check([
    [`awk 'BEGIN{system("rm -rf /srv/data")}'`, [SRV]],
    [`gawk -F, 'BEGIN { system("rm -rf /srv/data") }' x.csv`, [SRV]],
    [`awk '{ print "rm -rf " $1 | "sh" }' dirs.txt`, [OPAQUE('awk-command')]],
    [`awk '{ system("rm -f " $0) }' files.txt`, [OPAQUE('awk-command')]],
    [`awk 'BEGIN { "rm -rf /srv/data" | getline x }'`, [SRV]],
    [`awk 'BEGIN{print "rm -rf /"}'`, []],
    [`awk 'NR==FNR {a[$1]; next} $1 in a' ids.txt all.txt`, []],
    [`awk '$1 > 0 || $2 > 0' data.txt`, []],
    [`sed -n '1e rm -rf /srv/data' notes.txt`, [SRV]],
    [`sed 's/.*/rm -rf &/e' dirs.txt`, [OPAQUE('sed-command')]],
    [`sed -e 's/e/E/g' -e '/^$/d' notes.txt`, []],
    [`sed -i 's/old/new/g' src/app.ts`, []],
    [`sed -E 's/(version": ")[0-9.]+/\\11.2.3/' package.json`, []],
    [`vim -c '!rm -rf /srv/data' -c q`, [SRV]],
    [`nvim +'!rm -rf /srv/data' +q`, [SRV]],
    [`vim -es -c 'call system("rm -rf /srv/data")' -c qa`, [SRV]],
    [`vim -c 'set ff=unix' -c wq file.txt`, []],
    [`vim -c 'g/TODO/d' -c 'wq!' notes.md`, []],
  ]);
});

test('ssh -o ProxyCommand/LocalCommand run here; docker run deletes under host mounts', () => {
  check([
    [`ssh -o ProxyCommand='rm -rf /srv/data' host`, [SRV]],
    [`ssh -oLocalCommand='rm -rf ~' -o PermitLocalCommand=yes host`, ['rm/home-directory /home/user@local']],
    [`ssh -o ProxyCommand='ssh -W %h:%p bastion' db-host uptime`, []],
    [`docker run --rm -v /srv/data:/data alpine rm -rf /data`, [SRV]],
    [
      `docker run --rm --mount type=bind,source=/srv/data,target=/data alpine sh -c 'rm -rf /data/*'`,
      ['rm/system-directory /srv/data/*@local'],
    ],
    [`docker run -v "$HOME":/h busybox sh -c 'rm -rf /h/*'`, ['rm/home-directory /home/user/*@local']],
    [`docker run --rm -v /srv/data:/data:ro alpine rm -rf /data`, []],
    [`docker run --rm alpine rm -rf /etc`, []],
    [`docker run --rm -v /srv/data:/data alpine rm -rf /etc`, []],
    [`docker run --rm -v /srv/data:/data alpine du -sh /data`, []],
    [`docker run --rm -v "$PWD":/app -w /app node:20 npm test`, []],
    [`bash -c 'exec 3<>/dev/tcp/db.prod/6379; printf "FLUSHALL\\r\\n" >&3'`, [OPAQUE('tcp:db.prod:6379')]],
    [`echo hi > /dev/udp/logs.local/514`, [OPAQUE('udp:logs.local:514')]],
    [`cat < /dev/tcp/example.com/80`, []],
  ]);
});
