// The reproducers of issue 20, whole process, in a clean environment: CPU seconds, peak RSS and exit
// code of each. GROWTH_GUARD: another build's bin/guard.js (the "before" in the same run conditions);
// GROWTH_LIMIT_S: a run past it is killed and shown as such; GROWTH_RECORDS: the audit trail's length.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  realpathSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson, GENESIS } from '../dist/src/core/audit/record.js';
import { createPolicyDir } from '../dist/test/helpers/system-policy-dir.js';

const guard = process.env.GROWTH_GUARD ?? new URL('../bin/guard.js', import.meta.url).pathname;
const LIMIT_S = Number(process.env.GROWTH_LIMIT_S ?? 300);
const RECORDS = Number(process.env.GROWTH_RECORDS ?? 2_000_000);
const root = realpathSync(mkdtempSync(join(tmpdir(), 'guard-repro-')));
const home = join(root, 'home');
const standIns = join(root, 'stand-ins');
mkdirSync(home);
mkdirSync(standIns);
const policyDir = createPolicyDir({ locationsFromEnvironment: true });
const env = {
  PATH: '/usr/bin:/bin',
  HOME: home,
  LANG: 'C.UTF-8',
  XDG_STATE_HOME: join(root, 'state'),
  GUARD_SYSTEM_DIR: policyDir,
};
const file = (name, text) => (writeFileSync(join(root, name), text), join(root, name));

function measure(label, argv, { stdin, extraEnv = {} } = {}) {
  const fd = stdin ? openSync(stdin, 'r') : 'ignore';
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', 'timeout', '-s', 'KILL', String(LIMIT_S), ...argv], {
    env: { ...env, ...extraEnv },
    cwd: root,
    stdio: [fd, 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (typeof fd === 'number') closeSync(fd);
  const [user, sys, kb] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  const status = r.stderr.includes('signal 9')
    ? `killed at ${LIMIT_S} s`
    : r.stderr.includes('Command exited with non-zero status')
      ? `exit ${/status (\d+)/.exec(r.stderr)?.[1]}`
      : 'exit 0';
  console.log(
    `${label.padEnd(62)} ${(user + sys).toFixed(2).padStart(7)} s CPU ${(kb / 1024).toFixed(0).padStart(6)} MiB  ${status}`,
  );
}

const lines = (n, line) => Array.from({ length: n }, (_, i) => line(i)).join('');
console.log(`guard reproducers (issue 20): ${guard}, load ${loadavg()[0].toFixed(1)}`);
measure('node -e 0 (baseline)', ['node', '-e', '0']);
measure(
  '80,000 \\x meta-command lines: check -- psql',
  ['node', guard, 'check', '--', 'psql', '-h', 'db.internal', '-d', 'app'],
  {
    stdin: file(
      'meta.sql',
      lines(80_000, (i) => `\\x${String(i).padStart(7, '0')}\n`),
    ),
  },
);

// 20 MB of them through an installed psql shim into a stand-in psql.
const shims = join(home, 'shims');
spawnSync('node', [guard, 'install', '--dir', shims, 'psql'], { env, stdio: 'ignore' });
writeFileSync(join(standIns, 'psql'), '#!/bin/sh\ncat > /dev/null\necho stand-in psql ran\n');
chmodSync(join(standIns, 'psql'), 0o755);
measure(
  '20 MB of \\x lines through the psql shim into a stand-in',
  [join(shims, 'psql'), '-h', 'db.internal', '-d', 'app'],
  {
    stdin: file(
      'meta20.sql',
      lines(1_818_182, (i) => `\\x ${String(i).padStart(7, '0')}\n`),
    ),
    extraEnv: { PATH: `${shims}:${standIns}:/usr/bin:/bin` },
  },
);

const oneLine = file('one-line.sql', `${lines(100_000, (i) => `UPDATE t SET a = 1 WHERE id = ${i};`)}\n`);
measure(
  '10^5 statements on one line: check -- psql',
  ['node', guard, 'check', '--', 'psql', '-h', 'db.internal', 'app'],
  { stdin: oneLine },
);
measure(
  '10^5 statements on one line: check -- mysql',
  ['node', guard, 'check', '--', 'mysql', '-h', 'db.internal', 'shop'],
  { stdin: oneLine },
);

const inc = file('inc.sql', '\\i inc.sql\n\\i inc.sql\n\\i inc.sql\nSELECT 1;\n');
measure('4-line file including itself 3 times: psql -f', [
  'node',
  guard,
  'check',
  '--',
  'psql',
  '-h',
  'db.internal',
  '-f',
  inc,
]);
file('src.sql', 'source src.sql\nsource src.sql\nsource src.sql\nSELECT 1;\n');
measure('4-line file including itself 3 times: mysql source', [
  'node',
  guard,
  'check',
  '--',
  'mysql',
  '-h',
  'db.internal',
  'shop',
  '-e',
  'source src.sql',
]);
const js = file('inc.js', 'load("inc.js")\nload("inc.js")\nload("inc.js")\ndb.t.find()\n');
measure('4-line file including itself 3 times: mongosh load()', [
  'node',
  guard,
  'check',
  '--',
  'mongosh',
  'mongodb://db.internal/shop',
  js,
]);

let fragments = '';
for (let i = 0; i < 22; i++) fragments += `fragment F${i} on Mutation { ...F${i + 1} ...F${i + 1} }\n`;
fragments += 'fragment F22 on Mutation { volumeDelete(volumeId: "v1") }\n';
const body = JSON.stringify({ query: `mutation { ...F0 }\n${fragments}` });
const payload = file(
  'payload.json',
  JSON.stringify({
    session_id: 'g',
    cwd: root,
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: {
      command: `curl -X POST https://backboard.railway.app/graphql/v2 -H 'Authorization: Bearer x' -d '${body}'`,
    },
  }),
);
measure('22-level GraphQL fragments inline in a hook payload', ['node', guard, 'hook', 'claude-code'], {
  stdin: payload,
});

// A valid chain of RECORDS records, written the way guard writes them.
const state = join(root, 'trail', 'guard');
mkdirSync(state, { recursive: true });
const fd = openSync(join(state, 'audit.jsonl'), 'w');
let prev = GENESIS;
let batch = '';
for (let i = 0; i < RECORDS; i++) {
  const record = {
    time: '2026-12-01T00:00:00.000Z',
    decision: 'allow',
    user: 'u',
    cwd: '/w',
    argv: ['psql', '-c', `SELECT ${i}`],
    prev,
  };
  prev = createHash('sha256').update(canonicalJson(record)).digest('hex');
  batch += `${JSON.stringify({ ...record, hash: prev })}\n`;
  if (batch.length > 1 << 20) {
    writeSync(fd, batch);
    batch = '';
  }
}
writeSync(fd, batch);
closeSync(fd);
measure(`guard log verify over ${RECORDS} records`, ['node', guard, 'log', 'verify'], {
  extraEnv: { XDG_STATE_HOME: join(root, 'trail') },
});
rmSync(root, { recursive: true, force: true });
rmSync(policyDir, { recursive: true, force: true });
