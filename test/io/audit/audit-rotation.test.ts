import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit, readAuditTail, readRecentAudit, verifyAuditTrail } from '../../../src/io/audit/audit-log.js';
import { auditFiles } from '../../../src/io/audit/audit-files.js';
import type { AuditRecord } from '../../../src/core/audit/record.js';

const base = Date.parse('2026-11-21T00:00:00Z');
const record = (i: number): AuditRecord => ({
  time: new Date(base + i * 1000).toISOString(),
  decision: i % 3 === 0 ? 'refused' : 'allow',
  user: 'u',
  cwd: '/w',
  argv: ['rm', '-rf', `x${i}`],
});

function withDir(run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'guard-rotate-'));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the trail rotates past the size limit and the chain carries on across its files', () => {
  withDir((dir) => {
    const path = join(dir, 'audit.jsonl');
    for (let i = 0; i < 100; i++) appendAudit(path, record(i), 2000);
    const { rotated } = auditFiles(path);
    assert.ok(rotated.length >= 5, `rotated into ${rotated.length} files`);
    assert.deepEqual(
      rotated,
      rotated.map((_, i) => `${path}.${i + 1}`),
    );
    const result = verifyAuditTrail(path);
    assert.deepEqual(result.problems, []);
    assert.equal(result.records, 100);
    assert.equal(result.files.length, rotated.length + 1);
    // The newest records come from the end, the window of the burst check reaches into rotated files.
    const tail = readAuditTail(path, () => true, 30);
    assert.deepEqual(
      tail.map((r) => r.argv[2]),
      Array.from({ length: 30 }, (_, i) => `x${70 + i}`),
    );
    assert.equal(readRecentAudit(path, base + 40_000).length, 60);
    const refused = readAuditTail(path, (r) => r.decision === 'refused', 5);
    assert.deepEqual(
      refused.map((r) => r.argv[2]),
      ['x87', 'x90', 'x93', 'x96', 'x99'],
    );
  });
});

test('verify finds a line edited in a rotated file and a rotated file removed', () => {
  withDir((dir) => {
    const path = join(dir, 'audit.jsonl');
    for (let i = 0; i < 60; i++) appendAudit(path, record(i), 2000);
    const second = `${path}.2`;
    writeFileSync(second, readFileSync(second, 'utf8').replace('"x', '"X'));
    const edited = verifyAuditTrail(path);
    assert.equal(edited.problems[0]?.file, second);
    assert.match(edited.problems[0]?.message ?? '', /edited/);
    rmSync(second);
    rmSync(`${path}.1`);
    const cut = verifyAuditTrail(path);
    assert.match(cut.problems[0]?.message ?? '', /does not follow/);
  });
});

test(
  'a trail that cannot be read is an error, never an empty trail',
  { skip: process.getuid?.() === 0 ? 'root reads any file; the directory case below still runs' : false },
  () => {
    withDir((dir) => {
      const path = join(dir, 'audit.jsonl');
      appendAudit(path, record(1));
      chmodSync(path, 0);
      assert.throws(() => verifyAuditTrail(path), /EACCES/);
    });
  },
);

test('an audit path that is a directory is an error for verify and for guard log, not "no trail"', () => {
  withDir((dir) => {
    const path = join(dir, 'audit.jsonl');
    mkdirSync(path);
    assert.throws(() => verifyAuditTrail(path), /EISDIR/);
    assert.throws(() => readAuditTail(path, () => true, 5), /EISDIR/);
    assert.equal(verifyAuditTrail(join(dir, 'none', 'audit.jsonl')).exists, false);
    assert.ok(!existsSync(join(dir, 'none')));
  });
});
