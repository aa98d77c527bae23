import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { appendAudit, readRecentAudit } from '../../../src/io/audit/audit-log.js';

test('readRecentAudit reads only the window, across 64 KiB blocks, and agrees with a full read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guard-audit-'));
  try {
    const path = join(dir, 'audit.jsonl');
    const base = Date.parse('2026-11-21T00:00:00Z');
    // ~600 records of ~400 bytes: several blocks, lines cut at block edges.
    for (let i = 0; i < 600; i++) {
      appendAudit(path, {
        time: new Date(base + i * 1000).toISOString(),
        decision: 'refused',
        user: 'u',
        cwd: '/w',
        argv: ['rm', '-rf', `x${i}`, 'y'.repeat(300)],
      });
    }
    const all = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { time: string });
    assert.equal(all.length, 600);
    const since = base + 250 * 1000;
    const recent = readRecentAudit(path, since);
    assert.deepEqual(
      recent,
      all.filter((r) => Date.parse(r.time) >= since),
    );
    assert.equal(recent.length, 350);
    assert.deepEqual(readRecentAudit(path, 0), all);
    assert.deepEqual(readRecentAudit(join(dir, 'missing.jsonl'), 0), []);
    writeFileSync(path, 'not json\n');
    assert.deepEqual(readRecentAudit(path, 0), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
