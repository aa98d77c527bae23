// Recall and false-positive rate of `guard check --shell LINE` on the interpreter / option-code
// corpus (test/fixtures/corpus/interp). Run with `npm run build && node bench/interp-corpus.mjs [-v]`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const corpus = here('../test/fixtures/corpus/interp/');
const bin = process.env.GUARD_BIN ?? here('../bin/guard.js');
const verbose = process.argv.includes('-v');

/** One entry per line; a heredoc entry runs on to its terminator. */
export function entries(text) {
  const out = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '' || line.startsWith('#')) continue;
    const heredoc = /<<-?\s*['"]?(\w+)['"]?/.exec(line);
    if (!heredoc) {
      out.push(line);
      continue;
    }
    const block = [line];
    while (++i < lines.length) {
      block.push(lines[i]);
      if (lines[i].trim() === heredoc[1]) break;
    }
    out.push(block.join('\n'));
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'guard-corpus-'));
const project = join(dir, 'project');
mkdirSync(join(project, '.git'), { recursive: true });
writeFileSync(join(project, '.git', 'HEAD'), 'ref: refs/heads/main\n');
writeFileSync(join(project, 'package.json'), '{"name": "app", "version": "1.0.0"}\n');
const env = {
  ...process.env,
  HOME: join(dir, 'home'),
  XDG_STATE_HOME: join(dir, 'state'),
  XDG_CONFIG_HOME: join(dir, 'config'),
  CI: 'true',
};
try {
  const result = {};
  for (const [kind, file] of [
    ['destructive', 'destructive'],
    ['benign', 'benign'],
    ['destructive', 'holdout-destructive'],
    ['benign', 'holdout-benign'],
  ]) {
    const lines = entries(readFileSync(join(corpus, `${file}.txt`), 'utf8'));
    let refused = 0;
    for (const line of lines) {
      const r = spawnSync(process.execPath, [bin, 'check', '--shell', line], { cwd: project, env, encoding: 'utf8' });
      if (r.status !== 0 && r.status !== 77) throw new Error(`guard exited ${r.status} on ${line}: ${r.stderr}`);
      if (r.status === 77) refused++;
      const wrong = (kind === 'destructive') === (r.status === 0);
      if (verbose && wrong)
        console.log(
          `guard corpus: ${file}: ${kind === 'destructive' ? 'missed' : 'false positive'}: ${line.replace(/\n/g, '\\n')}`,
        );
    }
    result[file] = { refused, total: lines.length };
  }
  const pct = (r) => `${r.refused}/${r.total} = ${((100 * r.refused) / r.total).toFixed(1)}%`;
  console.log(`guard corpus interp: recall ${pct(result.destructive)}; false positives ${pct(result.benign)}`);
  console.log(
    `guard corpus interp (held out, written after the code): recall ${pct(result['holdout-destructive'])}; false positives ${pct(result['holdout-benign'])}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
