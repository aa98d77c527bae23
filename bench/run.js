// `npm run bench`: what a shim costs, measured in one run on this machine.
// Benign commands run directly vs through guard's shim (pre-filter in sh, then exec of the real tool),
// the full check of a destructive command in deny mode (CI=true, through the shim), the Claude Code
// hook with and without SQL, and bare `node -e 0` and `/bin/true` as baselines; the full check and the
// hook both under the test harness's trusted system policy and without any system policy (inside
// bubblewrap, with a tmpfs over the account's home, where guard then keeps its state: never the real
// account's audit trail or lock); the batch's lines/s from bench/shell-lines.mjs. Children get a clean
// environment (no NODE_EXTRA_CA_CERTS or NODE_OPTIONS, which slow every Node start on both sides of a
// ratio). Node harness: spawnSync in a loop, warm-up first, medians printed.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { builtinPacks } from '../dist/rules/index.js';
import { guardedTools, shimTexts, thisGuard } from '../dist/src/app/shim-texts.js';
import { defaultConfig } from '../dist/src/core/config-defaults.js';
import { findRealTool } from '../dist/src/io/find-real-tool.js';
import { pickShimShell } from '../dist/src/io/pick-shim-shell.js';
import { prepareShimDir, writeShims } from '../dist/src/io/write-shims.js';
import { demoPacks } from '../dist/test/fixtures/demo-packs.js';
import { createPolicyDir } from '../dist/test/helpers/system-policy-dir.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 10;
const root = realpathSync(mkdtempSync(join(tmpdir(), 'guard-bench-')));
const bin = join(root, 'bin');
mkdirSync(bin);
for (const tool of ['railway', 'terraform']) {
  writeFileSync(join(bin, tool), '#!/bin/sh\nexit 0\n');
  chmodSync(join(bin, tool), 0o755);
}
const TOOLS = ['rm', 'railway', 'terraform', 'git', 'curl', 'psql'];
const shims = installShims(join(root, 'shims'));
const shShims = installShims(join(root, 'sh-shims'), { path: '/bin/sh', args: '', execArgv0: false });
// guard's own state (audit trail, tickets, lock) in the bench's temp dir, emptied before each full
// check: every run takes the whole refusal path (burst check, ticket, audit append), not the lock's shortcut.
const stateHome = join(root, 'state');
// HOME apart from the bench's root: a cwd above HOME sends rm to the full check (`rm -rf *` there reaches HOME).
const home = realpathSync(mkdtempSync(join(tmpdir(), 'guard-bench-home-')));
const repo = join(root, 'repo');
spawnSync('git', ['init', '-q', repo]); // `git status` needs a repository (its own: a repository at the bench's root changes rm's pre-filter)
// guard keeps its state under the account's home unless a root-owned system policy lets XDG_STATE_HOME
// place it (the test harness's seam): so the bench never touches the real account's state. Validating
// that policy loads zod, which a machine without a system policy does not pay (see the note printed below).
const policyDir = createPolicyDir({ locationsFromEnvironment: true });
const env = {
  PATH: `${shims.dir}:${bin}:/usr/bin:/bin`,
  HOME: home,
  LANG: 'C.UTF-8',
  CI: 'true',
  XDG_STATE_HOME: stateHome,
  GUARD_SYSTEM_DIR: policyDir,
};
const freshState = () => rmSync(stateHome, { recursive: true, force: true });
const realRm = findRealTool('rm', env.PATH, root);
if (!realRm.found) throw new Error('no rm on PATH');
const victim = 'file.log'; // relative to cwd (an absolute operand goes to the full check)
const touch = () => writeFileSync(join(root, victim), 'x');

const real = (tool) => {
  const found = findRealTool(tool, `${bin}:/usr/bin:/bin`, root);
  return found.found ? found.path : undefined;
};
const guardBin = new URL('../bin/guard.js', import.meta.url).pathname;
const hookPayload = (command) =>
  JSON.stringify({
    session_id: 'bench',
    cwd: root,
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: { command },
  });
const optional = (tool, args) =>
  real(tool)
    ? [
        [`${tool} ${args.join(' ')}, direct`, real(tool), args, undefined, 0, undefined, repo],
        [`${tool} ${args.join(' ')}, shim`, join(shims.dir, tool), args, undefined, 0, undefined, repo],
      ]
    : [];
const cases = [
  ['node -e 0 (baseline)', process.execPath, ['-e', '0']],
  ['/bin/true (baseline)', '/bin/true', []],
  ['rm -f file.log, direct', realRm.path, ['-f', victim], touch],
  ['rm -f file.log, shim', join(shims.dir, 'rm'), ['-f', victim], touch],
  ['rm -f file.log, sh shim', join(shShims.dir, 'rm'), ['-f', victim], touch],
  ['railway status, direct', join(bin, 'railway'), ['status']],
  ['railway status, shim', join(shims.dir, 'railway'), ['status']],
  ['railway status, sh shim', join(shShims.dir, 'railway'), ['status']],
  ['terraform plan, direct', join(bin, 'terraform'), ['plan']],
  ['terraform plan, shim', join(shims.dir, 'terraform'), ['plan']],
  ['terraform plan, sh shim', join(shShims.dir, 'terraform'), ['plan']],
  ...optional('git', ['status', '--short']),
  ...optional('curl', ['--version']),
  ...optional('psql', ['--version']),
  [
    'full check, deny: railway volume delete',
    join(shims.dir, 'railway'),
    ['volume', 'delete', 'pg-data', '--yes'],
    freshState,
    77,
  ],
  [
    'hook, line without SQL',
    process.execPath,
    [guardBin, 'hook', 'claude-code'],
    freshState,
    0,
    hookPayload('railway volume delete pg-data --yes'),
  ],
  [
    'hook, line with SQL',
    process.execPath,
    [guardBin, 'hook', 'claude-code'],
    freshState,
    0,
    hookPayload("psql -h db.internal -c 'DROP TABLE users'"),
  ],
  ...withoutPolicy(),
];

/**
 * The same start-ups with no system policy at all: guard then keeps its state under the account's home
 * (from the account database, not HOME), so these run in bubblewrap with a tmpfs there; node -e 0 too.
 */
function withoutPolicy() {
  if (spawnSync('bwrap', ['--dev-bind', '/', '/', 'true']).status !== 0) return [];
  const bwrap = (command) => ['--dev-bind', '/', '/', '--tmpfs', userInfo().homedir, '--chdir', root, '--', ...command];
  const plain = { ...env };
  delete plain.GUARD_SYSTEM_DIR;
  delete plain.XDG_STATE_HOME;
  if (existsSync('/etc/guard'))
    console.log('guard bench: note: /etc/guard exists here, so the rows "no system policy" use that policy');
  return [
    [
      'node -e 0, bwrap (baseline)',
      'bwrap',
      bwrap([process.execPath, '-e', '0']),
      undefined,
      0,
      undefined,
      root,
      plain,
    ],
    [
      'full check, no system policy, bwrap',
      'bwrap',
      bwrap([join(shims.dir, 'railway'), 'volume', 'delete', 'pg-data', '--yes']),
      undefined,
      77,
      undefined,
      root,
      plain,
    ],
    [
      'hook without SQL, no system policy, bwrap',
      'bwrap',
      bwrap([process.execPath, guardBin, 'hook', 'claude-code']),
      undefined,
      0,
      hookPayload('railway volume delete pg-data --yes'),
      root,
      plain,
    ],
    [
      'hook with SQL, no system policy, bwrap',
      'bwrap',
      bwrap([process.execPath, guardBin, 'hook', 'claude-code']),
      undefined,
      0,
      hookPayload("psql -h db.internal -c 'DROP TABLE users'"),
      root,
      plain,
    ],
  ];
}

const medians = new Map();
const cpuMeans = new Map();
console.log(
  `guard bench: ${RUNS} runs each after ${WARMUP} warm-up runs, cases interleaved; node ${process.version}; ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}; shim = ${shims.shell} (sh shim = /bin/sh, argv[0] becomes the path); packs: ${shims.note}`,
);
const times = cases.map(() => []);
// CPU time (user + system) of the children, from the kernel's count for reaped children: on a busy
// machine the wall clock measures the queue for a CPU as much as guard, the CPU time does not.
const cpuTimes = cases.map(() => 0);
const TICK_MS = 1000 / Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100);
const childrenCpuMs = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS; // cutime, cstime (fields 16 and 17)
};
// Round-robin: a change in machine load during the run touches every case alike.
for (let i = 0; i < WARMUP + RUNS; i++) {
  cases.forEach(([name, file, args, prepare, expect = 0, input, cwd = root, caseEnv = env], c) => {
    prepare?.();
    const cpuBefore = childrenCpuMs();
    const start = process.hrtime.bigint();
    const result = spawnSync(file, args, {
      env: caseEnv,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
      cwd,
      input,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== expect)
      throw new Error(`${name}: exit ${result.status}, expected ${expect}: ${result.stderr}`);
    if (i >= WARMUP) {
      times[c].push(ms);
      cpuTimes[c] += childrenCpuMs() - cpuBefore;
    }
  });
}
cases.forEach(([name], c) => {
  const sorted = times[c].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  medians.set(name, median);
  cpuMeans.set(name, cpuTimes[c] / RUNS);
  console.log(
    `  ${name.padEnd(44)} median ${median.toFixed(2).padStart(7)} ms   p90 ${sorted[Math.floor(sorted.length * 0.9)].toFixed(2).padStart(7)} ms   CPU ${(cpuTimes[c] / RUNS).toFixed(1).padStart(6)} ms`,
  );
});
const m = (k) => medians.get(k);
const cpu = (k) => cpuMeans.get(k);
/** "wall ratio (CPU ratio)": the target is judged on the wall clock of an idle machine; the CPU ratio holds on a busy one too. */
const ratios = (name, base) => `${(m(name) / m(base)).toFixed(2)} (CPU ${(cpu(name) / cpu(base)).toFixed(2)})`;
console.log(
  'guard bench: targets: benign through a shim adds <= 5 ms (median); full check <= 1.3 x node -e 0; hook <= 1.3 x without SQL, <= 3 x with SQL; batch >= 20,000 lines/s',
);
for (const tool of [
  'rm -f file.log',
  'railway status',
  'terraform plan',
  'git status --short',
  'curl --version',
  'psql --version',
].filter((t) => medians.has(`${t}, direct`))) {
  const added = m(`${tool}, shim`) - m(`${tool}, direct`);
  const addedSh = m(`${tool}, sh shim`) - m(`${tool}, direct`);
  const sh = medians.has(`${tool}, sh shim`) ? `   (sh shim: ${addedSh.toFixed(2)} ms)` : '';
  console.log(`  ${tool.padEnd(20)} added ${added.toFixed(2)} ms  ${added <= 5 ? 'ok' : 'OVER TARGET'}${sh}`);
}
for (const [name, target, base] of [
  ['full check, deny: railway volume delete', 1.3, 'node -e 0 (baseline)'],
  ['hook, line without SQL', 1.3, 'node -e 0 (baseline)'],
  ['hook, line with SQL', 3, 'node -e 0 (baseline)'],
  ['full check, no system policy, bwrap', 1.3, 'node -e 0, bwrap (baseline)'],
  ['hook without SQL, no system policy, bwrap', 1.3, 'node -e 0, bwrap (baseline)'],
  ['hook with SQL, no system policy, bwrap', 3, 'node -e 0, bwrap (baseline)'],
].filter(([n]) => medians.has(n))) {
  console.log(
    `  ${name} / ${base.replace(' (baseline)', '')} = ${ratios(name, base)}  ${m(name) / m(base) <= target ? 'ok' : 'OVER TARGET'} (target ${target})`,
  );
}
if (!medians.has('node -e 0, bwrap (baseline)'))
  console.log('  (no bubblewrap: the cases without a system policy were skipped)');
const batch = spawnSync(process.execPath, [new URL('./shell-lines.mjs', import.meta.url).pathname], {
  encoding: 'utf8',
  env: { PATH: env.PATH, HOME: home, LANG: 'C.UTF-8' },
});
const perSecond = /= (\d+) lines\/s/.exec(batch.stdout ?? '')?.[1];
console.log(
  `  batch check --shell --stdin: ${perSecond ? `${perSecond} lines/s  ${Number(perSecond) >= 20000 ? 'ok' : 'UNDER TARGET'}` : `no figure (${(batch.stderr ?? '').trim().slice(0, 200)})`}`,
);
console.log(
  `guard bench: load average at the end ${loadavg()[0].toFixed(1)} (other work on the machine inflates every figure; compare within one run)`,
);
rmSync(root, { recursive: true, force: true });
rmSync(home, { recursive: true, force: true });
rmSync(policyDir, { recursive: true, force: true });

/** Shims for rm, railway and terraform: the built-in packs when they have the tool, else the test demo packs. */
function installShims(dir, interpreter = pickShimShell()) {
  const { realDir, manifest } = prepareShimDir(dir);
  const builtin = guardedTools(builtinPacks);
  const setting = { dir: realDir, interpreter, config: defaultConfig() };
  const texts = new Map();
  const fromDemo = [];
  for (const tool of TOOLS) {
    if (builtin.includes(tool)) {
      for (const [k, v] of shimTexts([tool], builtinPacks, { ...setting, ...thisGuard() })) texts.set(k, v);
    } else {
      fromDemo.push(tool);
    }
  }
  if (fromDemo.length > 0) {
    const entry = new URL('../test/fixtures/demo-shim-entry.mjs', import.meta.url).pathname;
    for (const [k, v] of shimTexts(fromDemo, demoPacks, { ...setting, node: process.execPath, entry })) texts.set(k, v);
  }
  writeShims(realDir, manifest, texts);
  const note =
    fromDemo.length > 0
      ? `built-in, except the test demo packs for ${fromDemo.join(', ')} (not built in on this branch)`
      : 'built-in';
  return { dir: realDir, shell: `${interpreter.path} ${interpreter.args}`.trim(), note };
}
