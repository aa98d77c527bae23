// Where the start-up of a full check and of a hook call goes (docs/performance.md): CPU time per
// phase, median of RUNS runs each, clean environment, the test harness's system policy, deny mode.
// Run with `npm run build && node bench/startup-phases.mjs`.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPolicyDir } from '../dist/test/helpers/system-policy-dir.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const root = realpathSync(mkdtempSync(join(tmpdir(), 'guard-phases-')));
const bin = join(root, 'bin');
mkdirSync(bin);
writeFileSync(join(bin, 'railway'), '#!/bin/sh\nexit 0\n');
chmodSync(join(bin, 'railway'), 0o755);
const policyDir = createPolicyDir({ locationsFromEnvironment: true });
const state = join(root, 'state');
const env = {
  PATH: `${bin}:/usr/bin:/bin`,
  HOME: root,
  LANG: 'C.UTF-8',
  CI: 'true',
  XDG_STATE_HOME: state,
  GUARD_SYSTEM_DIR: policyDir,
};
const child = new URL('./startup/phases-child.cjs', import.meta.url).pathname;
const hookPayload = JSON.stringify({
  session_id: 'bench',
  cwd: root,
  hook_event_name: 'PreToolUse',
  tool_name: 'Bash',
  tool_input: { command: 'railway volume delete pg-data --yes' },
});
const cases = [
  [
    'node -e 0',
    [
      '-e',
      'require("node:fs").writeSync(3, JSON.stringify({ "Node start-up": process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000 }) + "\\n")',
    ],
    undefined,
  ],
  ['full check (railway volume delete)', [child, 'railway', 'volume', 'delete', 'pg-data', '--yes'], undefined],
  ['hook (line without SQL)', [child, 'hook'], hookPayload],
];
const rows = cases.map(() => []);
for (let i = 0; i < RUNS; i++) {
  cases.forEach(([, args, input], c) => {
    rmSync(state, { recursive: true, force: true }); // every run takes the whole refusal path
    const r = spawnSync(process.execPath, args, { env, cwd: root, input, stdio: ['pipe', 'ignore', 'ignore', 'pipe'] });
    rows[c].push(JSON.parse(r.output[3].toString()));
  });
}
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
console.log(
  `guard start-up phases: CPU ms (user + system, all threads), median of ${RUNS}; node ${process.version}; load average ${loadavg()[0].toFixed(1)}`,
);
cases.forEach(([name], c) => {
  const phases = Object.keys(rows[c][0]).map((phase) => `${phase} ${median(rows[c].map((r) => r[phase])).toFixed(1)}`);
  console.log(`  ${name}: ${phases.join(' | ')}`);
});
rmSync(root, { recursive: true, force: true });
rmSync(policyDir, { recursive: true, force: true });
