// Does start-up grow with the number of catalogued tools? Builds copies of guard whose catalogue
// is empty (the 40 hand-written packs only) or holds one tool, and times, interleaved, the same commands in
// both: `guard check` start-up on a benign command and the shims' full check of a destructive one
// (CI=true: deny mode, exit 77). Run after `npm run build`: `node bench/catalogue-scale.mjs`.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const repo = fileURLToPath(new URL('..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'guard-scale-'));
const index = readFileSync(join(repo, 'dist/rules/catalogue/index.js'), 'utf8');
/** A copy of the build whose catalogue index keeps only the lines `keep` accepts, bundled again. */
function copyWith(name, keep) {
  const dir = join(root, name);
  for (const part of ['dist', 'scripts', 'bin', 'package.json'])
    cpSync(join(repo, part), join(dir, part), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  const lines = index.split('\n').filter((l) => !/^import t_|^ *\{ tool: /.test(l) || keep(l));
  writeFileSync(join(dir, 'dist/rules/catalogue/index.js'), lines.join('\n'));
  const built = spawnSync(process.execPath, ['scripts/bundle-shim.mjs'], { cwd: dir, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`bundling ${name} failed: ${built.stderr}`);
  return dir;
}
// 40: the hand-written packs alone; 41: those with the catalogue parts of aws, gcloud, az and npx, plus
// one tool described by the catalogue alone (zfs). The full build differs from 41 only in the number of
// catalogued tools; the matcher's code, a constant, is in both.
const small = copyWith('guard-40', () => false);
const one = copyWith('guard-41', (l) => /\bt_(zfs|aws|gcloud|az|npx)\b/.test(l));

const state = join(root, 'state');
const home = join(root, 'home');
mkdirSync(home);
// Stand-ins for the real tools (deny mode never runs them, but guard wants to find them first).
const tools = join(root, 'tools');
mkdirSync(tools);
for (const tool of ['terraform', 'railway', 'zfs']) {
  writeFileSync(join(tools, tool), '#!/bin/sh\nexit 0\n');
  chmodSync(join(tools, tool), 0o755);
}
const env = { PATH: `${tools}:${process.env.PATH}`, HOME: home, CI: 'true', XDG_STATE_HOME: state };
// The full build is copied too, so that all three are read from the same filesystem (the checkout may sit on another).
const all = copyWith('guard-all', () => true);
const variants = { '40 tools': small, '41 tools': one, [`${count(all)} tools`]: all };
const cases = [
  ['guard check -- ls -la (start-up, benign)', (dir) => [join(dir, 'bin/guard.js'), 'check', '--', 'ls', '-la'], 0],
  [
    'full check: terraform destroy (deny mode)',
    (dir) => [join(dir, 'bin/guard-shim.cjs'), 'terraform', 'destroy', '-auto-approve'],
    77,
  ],
  [
    'full check: railway volume delete (deny mode)',
    (dir) => [join(dir, 'bin/guard-shim.cjs'), 'railway', 'volume', 'delete', '--volume', 'pg'],
    77,
  ],
  // A catalogued tool (in the 41- and the full build): its data is loaded on first use in both.
  [
    'full check: zfs destroy (catalogue, deny mode)',
    (dir) => [join(dir, 'bin/guard-shim.cjs'), 'zfs', 'destroy', '-r', 'tank/pg'],
    77,
    'guard-40',
  ],
];

function count(dir) {
  const out = spawnSync(process.execPath, [join(dir, 'bin/guard.js'), 'rules'], { env, encoding: 'utf8' }).stdout;
  return /in (\d+) packs/.exec(out)?.[1] ?? '?';
}

const CPU_TIME = [
  'import os, sys',
  'pid = os.fork()',
  'if pid == 0:',
  '    null = os.open(os.devnull, os.O_WRONLY); os.dup2(null, 1); os.dup2(null, 2)',
  '    os.execv(sys.argv[1], sys.argv[1:])',
  '_, status, usage = os.wait4(pid, 0)',
  'print(usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status))',
].join('\n');
const times = {};
for (let i = 0; i < RUNS + 3; i++) {
  for (const [label, argv, code, skip] of cases) {
    // A new order each time: the position of a run within the round must not favour one build.
    for (const [name, dir] of shuffled(Object.entries(variants))) {
      if (dir.endsWith(skip ?? '\0')) continue;
      rmSync(state, { recursive: true, force: true });
      // CPU time (user + sys) of the guard process alone, in microseconds (wait4's rusage of the child):
      // steadier than wall time on a busy machine, and finer than bash's `time` (milliseconds).
      const run = spawnSync('python3', ['-c', CPU_TIME, process.execPath, ...argv(dir)], {
        cwd: home,
        env,
        encoding: 'utf8',
      });
      const [seconds, exit] = run.stdout.trim().split(' ').map(Number);
      if (exit !== code) throw new Error(`${name}: ${label}: exit ${exit}, expected ${code} ${run.stderr}`);
      if (i >= 3) ((times[label] ??= {})[name] ??= []).push(seconds * 1000);
    }
  }
}
function shuffled(items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `guard catalogue scale: median CPU time (user+sys) of ${RUNS} interleaved runs each, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)}`,
);
for (const [label, byVariant] of Object.entries(times)) {
  const ordered = Object.keys(variants).filter((name) => byVariant[name]);
  console.log(`  ${label}: ${ordered.map((name) => `${name} ${median(byVariant[name]).toFixed(2)} ms`).join(', ')}`);
}
rmSync(root, { recursive: true, force: true });
