// Recall and false-positive rate per tool family on a hand-written agent corpus
// (test/fixtures/corpus/breadth/*.txt: `D line` must be stopped, `B line` must pass), judged by
// `guard check --shell --stdin --json`. Run `node bench/corpus-recall.mjs [--bin path/to/guard.js] [--corpus DIR] [--misses]`
// (test/fixtures/corpus/breadth-heldout/ was written after the catalogue, without re-reading the rules).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const binAt = argv.indexOf('--bin');
const bin = binAt >= 0 ? argv[binAt + 1] : fileURLToPath(new URL('../bin/guard.js', import.meta.url));
const dirAt = argv.indexOf('--corpus');
const corpus =
  dirAt >= 0 ? `${argv[dirAt + 1]}/` : fileURLToPath(new URL('../test/fixtures/corpus/breadth/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'guard-corpus-'));
// An agent's working directory: a git repository with a package.json, no guard config.
const project = join(dir, 'project');
mkdirSync(join(project, '.git'), { recursive: true });
writeFileSync(join(project, '.git', 'HEAD'), 'ref: refs/heads/main\n');
writeFileSync(join(project, 'package.json'), '{"name": "app"}\n');
const env = { PATH: process.env.PATH, HOME: join(dir, 'home') };
mkdirSync(env.HOME);

const rows = [];
const totals = { d: 0, caught: 0, b: 0, flagged: 0 };
for (const file of readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const items = readFileSync(join(corpus, file), 'utf8')
    .split('\n')
    .filter((l) => /^[DB] /.test(l))
    .map((l) => ({ kind: l[0], line: l.slice(2) }));
  const run = spawnSync(process.execPath, [bin, 'check', '--shell', '--stdin', '--json'], {
    cwd: project,
    env,
    input: items.map((i) => i.line).join('\n') + '\n',
    encoding: 'utf8',
  });
  const decisions = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).decision);
  if (decisions.length !== items.length)
    throw new Error(`${file}: ${decisions.length} decisions for ${items.length} lines\n${run.stderr}`);
  const family = { name: file.replace(/\.txt$/, ''), d: 0, caught: 0, b: 0, flagged: 0, misses: [], noise: [] };
  items.forEach((item, i) => {
    const stopped = decisions[i] !== 'allow';
    if (item.kind === 'D') {
      family.d++;
      if (stopped) family.caught++;
      else family.misses.push(item.line);
    } else {
      family.b++;
      if (stopped) {
        family.flagged++;
        family.noise.push(item.line);
      }
    }
  });
  for (const k of ['d', 'caught', 'b', 'flagged']) totals[k] += family[k];
  rows.push(family);
}
rmSync(dir, { recursive: true, force: true });
const pct = (a, b) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(0)}%`);
console.log('family            recall            false positives');
for (const r of [...rows, { name: 'ALL', ...totals }]) {
  console.log(
    `${r.name.padEnd(17)} ${`${r.caught}/${r.d}`.padStart(6)} ${pct(r.caught, r.d).padStart(5)}      ${`${r.flagged}/${r.b}`.padStart(6)} ${pct(r.flagged, r.b).padStart(5)}`,
  );
}
if (argv.includes('--misses'))
  for (const r of rows) {
    for (const m of r.misses) console.log(`miss  ${r.name}: ${m}`);
    for (const m of r.noise) console.log(`noise ${r.name}: ${m}`);
  }
