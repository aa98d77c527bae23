import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
before(() => {
  world = createTempWorld();
});
after(() => world.dispose());

test('guard check --json names rule, tool, resource and environment with its source; exit 77', async () => {
  const result = await runGuard(
    ['check', '--json', '--', 'railway', 'volume', '--environment=production', 'delete', '--volume', 'pg-data'],
    { env: world.env() },
  );
  assert.equal(result.code, 77, result.stderr);
  const json = JSON.parse(result.stdout) as {
    decision: string;
    findings: {
      rule: string;
      tool: string;
      resource: string;
      environment: { name: string; source: string };
      reason: string;
    }[];
  };
  assert.equal(json.decision, 'confirm');
  const finding = json.findings[0];
  assert.ok(finding);
  assert.match(finding.rule, /^railway\//);
  assert.equal(finding.tool, 'railway');
  assert.equal(finding.resource, 'pg-data');
  assert.deepEqual(finding.environment, { ...finding.environment, name: 'production', source: 'flag' });
  assert.ok(finding.reason.length > 0);
});

test('guard check of a benign command exits 0 with decision allow, and never runs anything', async () => {
  const railway = world.standIn('railway');
  const result = await runGuard(['check', '--json', '--', 'railway', 'status'], { env: world.env() });
  assert.equal(result.code, 0);
  assert.deepEqual(JSON.parse(result.stdout), { decision: 'allow', findings: [] });
  assert.equal(railway.ran(), false);
});

test('catastrophic rm targets are classified through check, never run', async () => {
  for (const argv of [
    ['rm', '-rf', '/'],
    ['rm', '-rf', '--no-preserve-root', '/'],
    ['rm', '-fr', world.home],
    ['rm', '-r', '--', '/etc'],
  ]) {
    const result = await runGuard(['check', '--', ...argv], { env: world.env() });
    assert.equal(result.code, 77, `${argv.join(' ')}: ${result.stdout}${result.stderr}`);
  }
});
