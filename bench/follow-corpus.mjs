// Recall and false-positive rate of `guard check --shell` on the issue-16 corpus of agent-style lines
// (test/fixtures/corpus/follow/). Run with `npm run build && node bench/follow-corpus.mjs [path/to/guard.js] [--list]`.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LINES } from '../test/fixtures/corpus/follow/lines.mjs';

const args = process.argv.slice(2);
const bin = resolve(
  args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../bin/guard.js', import.meta.url)),
);
// Not in a temp directory: there guard rightly treats everything as scratch (and the corpus has
// `rm -rf /tmp/*`, which would really reach a project kept there). Removed at the end.
const dir = mkdtempSync(join(homedir(), 'guard-follow-corpus-'));
try {
  const project = join(dir, 'project');
  cpSync(fileURLToPath(new URL('../test/fixtures/corpus/follow/project', import.meta.url)), project, {
    recursive: true,
  });
  // What git would not keep in the fixture: the repository marker, build output, a local bin.
  mkdirSync(join(project, '.git'));
  writeFileSync(join(project, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  for (const d of ['dist', 'packages/shared/dist', 'node_modules/.bin'])
    mkdirSync(join(project, d), { recursive: true });
  writeFileSync(join(project, 'dist', 'index.js'), 'console.log(1)\n');
  writeFileSync(join(project, 'packages/shared/dist', 'index.js'), 'console.log(1)\n');
  writeFileSync(
    join(project, 'node_modules/.bin/corpus-wipe'),
    '#!/bin/sh\nexec "$(dirname "$0")/../../scripts/wipe-all.sh" "$@"\n',
  );
  chmodSync(join(project, 'node_modules/.bin/corpus-wipe'), 0o755);
  const home = join(dir, 'home');
  mkdirSync(home);
  writeFileSync(join(home, '.bashrc'), '# rc\nexport EDITOR=vi\n');
  const input = LINES.map(([, line]) => line).join('\0') + '\0';
  const env = { PATH: process.env.PATH, HOME: home, TMPDIR: '/tmp', LANG: 'C.UTF-8' };
  const run = spawnSync(process.execPath, [bin, 'check', '--shell', '--stdin', '-z', '--json'], {
    cwd: project,
    env,
    input,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const results = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  if (results.length !== LINES.length)
    throw new Error(`expected ${LINES.length} results, got ${results.length}: ${run.stderr}`);
  let tp = 0,
    fn = 0,
    fp = 0,
    tn = 0;
  const wrong = [];
  LINES.forEach(([expect, line], k) => {
    const r = results[k];
    const confirmed = r.decision === 'confirm';
    if (expect === 'D' && confirmed) tp++;
    else if (expect === 'D') {
      fn++;
      wrong.push(`missed: ${JSON.stringify(line)}`);
    } else if (confirmed) {
      fp++;
      wrong.push(`false positive: ${JSON.stringify(line)} (${r.findings.map((f) => f.rule).join(', ')})`);
    } else tn++;
  });
  const pct = (a, b) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(`guard: corpus ${LINES.length} lines (${tp + fn} destructive, ${fp + tn} benign) with ${bin}`);
  console.log(
    `guard: recall ${tp}/${tp + fn} = ${pct(tp, tp + fn)}; false positives ${fp}/${fp + tn} = ${pct(fp, fp + tn)}`,
  );
  if (args.includes('--list')) for (const w of wrong) console.log(`guard:   ${w}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
