// guard log's table: relative times, decision, rule, environment, resource, who; colour by decision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logTable, relativeTime } from '../../../src/core/audit/log-table.js';
import { chainRecord, GENESIS, type ChainedRecord } from '../../../src/core/audit/record.js';

const now = Date.parse('2026-12-04T12:00:00Z');
const at = (agoMs: number): string => new Date(now - agoMs).toISOString();

test('relative times', () => {
  assert.equal(relativeTime(at(1000), now), 'just now');
  assert.equal(relativeTime(at(42_000), now), '42s ago');
  assert.equal(relativeTime(at(5 * 60_000 + 3000), now), '5m ago');
  assert.equal(relativeTime(at(3 * 3600_000), now), '3h ago');
  assert.equal(relativeTime(at(2 * 86400_000), now), '2d ago');
  assert.equal(relativeTime('2026-01-02T00:00:00Z', now), '2026-01-02');
});

test('one row per record with who (user and agent) and the decision painted by kind', () => {
  const refused: ChainedRecord = chainRecord(
    {
      time: at(120_000),
      decision: 'refused',
      user: 'ana',
      agent: 'claude-code',
      cwd: '/w',
      argv: ['railway', 'volume', 'delete', '-v', 'pg-data'],
      rules: ['railway/volume-delete'],
      resources: ['pg-data'],
      environment: [{ name: 'production', source: 'flag', production: true, evidence: [] }],
    },
    GENESIS,
  );
  const allowed: ChainedRecord = chainRecord(
    { time: at(10_000), decision: 'allow', user: 'ana', cwd: '/w', argv: ['railway', 'status'], exitCode: 0 },
    refused.hash,
  );
  const table = logTable([refused, allowed], now, (style, text) => `<${style}>${text}</${style}>`);
  const [header, first, second] = table.trimEnd().split('\n');
  assert.match(header!, /^<header>when\s+decision\s+rule\s+environment\s+resource\s+who\s+exit\s+command<\/header>$/);
  assert.match(
    first!,
    /^<dim>2m ago\s*<\/dim>\s+<refused>refused\s*<\/refused>\s+railway\/volume-delete\s+production\s+pg-data\s+ana via claude-code\s+railway volume delete -v pg-data$/,
  );
  assert.match(second!, /<dim>allow\s*<\/dim>.*ana\s+0\s+railway status$/);
  assert.equal(logTable([], now), 'guard: no matching decisions\n');
});
