import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chainRecord, GENESIS, verifyChain, type AuditRecord } from '../../../src/core/audit/record.js';
import { isBurst } from '../../../src/core/audit/burst.js';

function record(
  i: number,
  decision: AuditRecord['decision'] = 'allow',
  time = new Date(1_700_000_000_000 + i * 1000).toISOString(),
): AuditRecord {
  return { time, decision, user: 'u', cwd: '/w', argv: ['rm', `f${i}`] };
}

function chain(n: number): string[] {
  let prev = GENESIS;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = chainRecord(record(i), prev);
    prev = r.hash;
    lines.push(JSON.stringify(r));
  }
  return [...lines, ''];
}

test('an untouched chain verifies', () => {
  assert.deepEqual(verifyChain(chain(5)), []);
});

test('an edited line is detected at that line', () => {
  const lines = chain(5);
  lines[2] = (lines[2] as string).replace('"f2"', '"f9"');
  const problems = verifyChain(lines);
  assert.equal(problems[0]?.line, 3);
  assert.match(problems[0]?.message ?? '', /edited/);
});

test('a deleted line, a deleted first line and reordering are detected', () => {
  const deleted = chain(5);
  deleted.splice(2, 1);
  assert.equal(verifyChain(deleted)[0]?.line, 3);
  const headless = chain(3).slice(1);
  assert.equal(verifyChain(headless)[0]?.line, 1);
  const swapped = chain(4);
  [swapped[1], swapped[2]] = [swapped[2] as string, swapped[1] as string];
  assert.ok(verifyChain(swapped).length > 0);
});

test('a re-hashed forged line still breaks the link to the next one', () => {
  const lines = chain(4);
  const forged = chainRecord({ ...record(1), argv: ['ls'] }, (JSON.parse(lines[0] as string) as { hash: string }).hash);
  lines[1] = JSON.stringify(forged);
  const problems = verifyChain(lines);
  assert.deepEqual(
    problems.map((p) => p.line),
    [3],
  );
});

test('burst: more than 3 destructive attempts within 60 s', () => {
  const now = Date.parse('2026-11-21T12:00:00Z');
  const at = (secondsAgo: number, decision: AuditRecord['decision']): AuditRecord =>
    record(0, decision, new Date(now - secondsAgo * 1000).toISOString());
  assert.equal(isBurst([at(10, 'refused'), at(5, 'refused')], now), false);
  assert.equal(isBurst([at(30, 'refused'), at(20, 'refused'), at(5, 'refused')], now), true);
  assert.equal(isBurst([at(120, 'refused'), at(90, 'refused'), at(5, 'refused')], now), false);
  assert.equal(isBurst([at(1, 'allow'), at(2, 'allow'), at(3, 'allow'), at(4, 'allow')], now), false);
});

test('burst fits humans: confirmed, cancelled or mistyped at a terminal does not count; refusals without a human do', () => {
  const now = Date.parse('2026-11-21T12:00:00Z');
  const at = (secondsAgo: number, decision: AuditRecord['decision'], how?: string): AuditRecord => ({
    ...record(0, decision, new Date(now - secondsAgo * 1000).toISOString()),
    ...(how ? { how } : {}),
  });
  const human = [
    at(40, 'confirm-ok', 'terminal'),
    at(30, 'confirm-failed', 'terminal:interrupted'),
    at(20, 'confirm-failed', 'terminal:mismatch'),
    at(10, 'confirm-ok', 'terminal'),
  ];
  assert.equal(isBurst(human, now), false);
  assert.equal(
    isBurst(
      [at(30, 'refused', 'no-terminal'), at(20, 'refused', 'hook:claude-code'), at(10, 'refused', 'deny-mode')],
      now,
    ),
    true,
  );
  assert.equal(
    isBurst([at(30, 'refused', 'lock'), at(20, 'refused', 'burst'), at(10, 'refused', 'lock')], now),
    false,
    'refusals caused by the lock are not new attempts',
  );
});

test('burst: `guard unlock` starts a fresh window', () => {
  const now = Date.parse('2026-11-21T12:00:00Z');
  const at = (secondsAgo: number, decision: AuditRecord['decision']): AuditRecord =>
    record(0, decision, new Date(now - secondsAgo * 1000).toISOString());
  const locked = [at(50, 'refused'), at(45, 'refused'), at(40, 'refused'), at(39, 'lock')];
  assert.equal(isBurst(locked, now), true);
  assert.equal(isBurst([...locked, at(10, 'unlock')], now), false);
  assert.equal(isBurst([...locked, at(10, 'unlock'), at(8, 'refused'), at(6, 'refused')], now), false);
  assert.equal(isBurst([...locked, at(10, 'unlock'), at(8, 'refused'), at(6, 'refused'), at(4, 'refused')], now), true);
});
