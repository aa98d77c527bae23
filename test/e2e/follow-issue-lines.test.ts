// Every example line of issue 16 (part A: following, one program, in place, parse fidelity) judged
// through the built binary twice: `guard check --shell` and the Claude Code hook with a payload.
// The project is a real directory with package.json, Makefile, scripts and data files.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOLLOW_PROJECT } from '../helpers/follow-project.js';

const BIN = fileURLToPath(new URL('../../../bin/guard.js', import.meta.url));
const ROOT = mkdtempSync(join(tmpdir(), 'guard-follow-e2e-'));
after(() => rmSync(ROOT, { recursive: true, force: true }));
const HOME = join(ROOT, 'home');
const PROJECT = join(HOME, 'work', 'app');
const write = (path: string, text: string): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};
for (const [p, c] of Object.entries(FOLLOW_PROJECT)) write(join(PROJECT, p), c);
write(join(PROJECT, '.git', 'HEAD'), 'ref: refs/heads/main\n');
write(join(PROJECT, 'cleanup.sh'), '#!/bin/sh\nrm -rf ~/\n');
write(join(PROJECT, 'package.json'), JSON.stringify({ scripts: { clean: 'rm -rf dist ~/', build: 'tsc' } }, null, 2));
write(join(PROJECT, 'Makefile'), 'clean:\n\trm -rf build $(HOME)\n\nbuild:\n\ttsc\n');
write(join(PROJECT, 'storage', 'app.db'), 'SQLite format 3\u0000rows');
write(join(PROJECT, 'storage', 'dump.rdb'), 'REDIS0009');
write(join(PROJECT, 'data', 'customers.csv'), 'id,name\n1,alice\n');
write(join(PROJECT, 'q.json'), '{"query":"query { me { id } }"}');
write(join(PROJECT, 'dist', 'index.js'), 'x\n');
write(join(PROJECT, 'packages', 'shared', 'dist', 'index.js'), 'x\n');
mkdirSync(join(PROJECT, 'packages', 'web'), { recursive: true });

const ENV = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME,
  TMPDIR: ROOT,
  XDG_STATE_HOME: join(ROOT, 'state'),
  XDG_CONFIG_HOME: join(HOME, '.config'),
  CI: 'true',
  SHELL: '/bin/sh',
};
const VOLUME_DELETE = String.raw`{"query":"mutation { volumeDelete(volumeId: \"vol-1\") }"}`;

// [line, must confirm, a rule it must name (for destructive lines), cwd relative to the project]
const LINES: [string, boolean, string?, string?][] = [
  ['bash cleanup.sh', true, 'rm/'],
  ['npm run clean', true, 'rm/'],
  ['make clean', true, 'rm/'],
  [
    "cat > /tmp/guard-e2e-cleanup.sh <<'EOF'\n#!/bin/sh\nrm -rf /srv/uploads\nEOF\nbash /tmp/guard-e2e-cleanup.sh",
    true,
    'rm/',
  ],
  ['npm pkg set scripts.wipe="rm -rf /srv/data" && npm run wipe', true, 'rm/'],
  [
    `printf '${VOLUME_DELETE}' > q.json && curl -X POST https://backboard.railway.app/graphql/v2 -H 'Content-Type: application/json' -d @q.json`,
    true,
    'curl/',
  ],
  [': > storage/app.db', true, 'shell/overwrite-data'],
  ['cp /dev/null storage/dump.rdb', true, 'shell/overwrite-data'],
  ['sort -u data/customers.csv > data/customers.csv', true, 'shell/read-and-truncate'],
  ['cleanup() { rm -rf "$1"; }; cleanup /var/lib/mysql', true, 'rm/'],
  ['tmp=$(mktemp -d) && cp -r dist "$tmp" && rm -rf "$tmp"', false],
  ['rm -rf ${TMPDIR:-/tmp}/build', false],
  ['$(echo echo) hello', false],
  ["git commit -m \"$(cat <<'EOF'\nFix the parser\n\nIt's done (really).\nEOF\n)\"", false],
  ['gh pr create --title x --body "$(cat <<EOF\n## Summary\n- one (two)\n- it\'s done\nEOF\n)"', false],
  ['cleanup() { local dir=$1; rm -rf "$dir"/*; }; cleanup ./dist', false],
  ['rm -rf ../shared/dist', false, undefined, 'packages/web'],
  ['npm run build && make build', false],
];

function checkAll(): { line: string; decision: string; findings: { rule: string }[] }[] {
  const out: { line: string; decision: string; findings: { rule: string }[] }[] = [];
  for (const [line, , , sub] of LINES) {
    const r = spawnSync(process.execPath, [BIN, 'check', '--json', '--shell', line], {
      cwd: join(PROJECT, sub ?? ''),
      env: ENV,
      encoding: 'utf8',
    });
    out.push({ line, ...(JSON.parse(r.stdout) as { decision: string; findings: { rule: string }[] }) });
  }
  return out;
}

test('guard check --shell judges every example line of issue 16 (part A) as the issue describes', () => {
  const results = checkAll();
  LINES.forEach(([line, destructive, rule], k) => {
    const r = results[k] as (typeof results)[number];
    assert.equal(r.decision, destructive ? 'confirm' : 'allow', `${line}: ${r.findings.map((f) => f.rule).join(', ')}`);
    if (rule)
      assert.ok(
        r.findings.some((f) => f.rule.startsWith(rule)),
        `${line}: ${r.findings.map((f) => f.rule).join(', ')}`,
      );
  });
});

test('guard hook claude-code denies the destructive example lines and stays silent for the benign ones', () => {
  for (const [line, destructive, rule, sub] of LINES) {
    const payload = JSON.stringify({
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      tool_input: { command: line },
      cwd: join(PROJECT, sub ?? ''),
    });
    const r = spawnSync(process.execPath, [BIN, 'hook', 'claude-code'], {
      cwd: join(PROJECT, sub ?? ''),
      env: ENV,
      input: payload,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, `${line}: ${r.stderr}`);
    if (!destructive) {
      assert.equal(r.stdout, '', `${line} should pass silently`);
      continue;
    }
    const answer = JSON.parse(r.stdout) as {
      hookSpecificOutput: { permissionDecision: string; permissionDecisionReason: string };
    };
    assert.equal(answer.hookSpecificOutput.permissionDecision, 'deny', line);
    if (rule)
      assert.ok(
        answer.hookSpecificOutput.permissionDecisionReason.includes(rule),
        answer.hookSpecificOutput.permissionDecisionReason,
      );
    if (line === 'make clean')
      assert.match(answer.hookSpecificOutput.permissionDecisionReason, /from Makefile line 2 \(target clean\)/);
  }
});

test('the finding names the file and line that destroys', () => {
  const r = spawnSync(process.execPath, [BIN, 'check', '--shell', 'make clean'], {
    cwd: PROJECT,
    env: ENV,
    encoding: 'utf8',
  });
  assert.equal(r.status, 77);
  assert.match(r.stdout, /Makefile line 2 \(target clean\): rm -rf build \$\(HOME\)/);
  const s = spawnSync(process.execPath, [BIN, 'check', '--shell', 'bash cleanup.sh'], {
    cwd: PROJECT,
    env: ENV,
    encoding: 'utf8',
  });
  assert.match(s.stdout, /cleanup\.sh line 2: rm -rf ~\//);
});
