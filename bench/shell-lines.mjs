// Throughput of `guard check --shell --stdin --json` on 10,000 mixed lines (target: >= 20,000 lines/s).
// Run with `npm run build && node bench/shell-lines.mjs`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATES = [
  'ls -la src/{n}',
  'git status && git diff --stat HEAD~{n}',
  'cd infra && terraform plan -out plan{n}',
  'npm test -- --grep "case {n}"',
  'rm -rf dist/build-{n} node_modules/.cache',
  'echo "rm -rf /" > /tmp/note{n}.txt',
  'grep -r "DROP TABLE" src/ | head -n {n}',
  'sudo systemctl restart app{n}',
  'bash -c "cd /srv/app{n} && ./deploy.sh"',
  'find . -name "*.log" -mtime +{n} -delete',
  'psql -h db.local -c "select count(*) from t{n}"',
  'kubectl get pods -n ns{n} | grep Running',
  'curl -fsSL https://example.com/v{n}/install.sh -o install.sh',
  'python3 -c "import json,sys; print(json.load(sys.stdin)[{n}])" < data.json',
  'docker compose exec db{n} psql -c "select 1"',
  'railway run -e staging -- npm run migrate:{n}',
  'for f in *.tmp; do rm -f "$f"; done # {n}',
  'TF_WORKSPACE=dev terraform destroy -target=module.m{n}',
  'xargs -n1 echo < list{n}.txt',
  'cat <<EOF > cfg{n}.yml\nkey: value\nEOF',
];

const lines = [];
for (let n = 0; lines.length < 10000; n++)
  lines.push(TEMPLATES[n % TEMPLATES.length].replace(/\{n\}/g, String(n)).replace(/\n/g, ' ; '));
const dir = mkdtempSync(join(tmpdir(), 'guard-bench-'));
// An agent's working directory: a git repository with a package.json (no guard config).
const project = join(dir, 'project');
mkdirSync(join(project, '.git'), { recursive: true });
writeFileSync(join(project, '.git', 'HEAD'), 'ref: refs/heads/main\n');
writeFileSync(join(project, 'package.json'), '{"name": "app", "scripts": {"test": "node --test"}}\n');
const bin = fileURLToPath(new URL('../bin/guard.js', import.meta.url));
try {
  const runs = [];
  for (let k = 0; k < 3; k++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, 'check', '--shell', '--stdin', '--json'], {
      input: `${lines.join('\n')}\n`,
      maxBuffer: 1 << 28,
      encoding: 'utf8',
      cwd: project,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0 && r.status !== 77) throw new Error(`guard exited ${r.status}: ${r.stderr}`);
    const out = r.stdout.trim().split('\n').length;
    if (out !== lines.length) throw new Error(`expected ${lines.length} answers, got ${out}`);
    runs.push(ms);
  }
  const best = Math.min(...runs);
  // The machine's own start-up cost in the same run, for scale.
  const base = [];
  for (let k = 0; k < 5; k++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    base.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  console.log(
    `guard bench: node ${process.version}; ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}; node -e 0 takes ${Math.min(...base).toFixed(0)} ms (best of 5); target >= 20,000 lines/s`,
  );
  console.log(
    `guard check --shell --stdin --json: ${lines.length} lines in ${best.toFixed(0)} ms (best of 3, whole process) = ${Math.round((lines.length / best) * 1000)} lines/s`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
