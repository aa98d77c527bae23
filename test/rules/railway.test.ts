// Pack-level behaviour of rules/railway.ts beyond its examples: prefilter coverage, warnings, evidence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyArgv, indexPacks } from '../../src/core/classify.js';
import { exampleContext } from '../../src/core/example-context.js';
import type { PrefilterSpec, RuleExample } from '../../src/core/rule.js';
import { railwayPack } from '../../rules/railway.js';
import { LINKED_PRODUCTION, LINKED_STAGING } from '../../rules/railway/fixtures.js';
import { findingReason } from '../../src/core/finding-text.js';

const index = indexPacks([railwayPack]);
const classify = (example: RuleExample) => classifyArgv(example.argv, exampleContext(example), index);

/** The conditions this pack's prefilter uses (words, prefixes, envVars); anything else counts as tripped. */
function trips(spec: PrefilterSpec, example: RuleExample): boolean {
  if (spec.always || spec.stdinNotTty || spec.pathOperands || spec.shortFlagChars) return true;
  const args = example.argv.slice(1);
  if (spec.words?.some((w) => args.includes(w))) return true;
  if (spec.prefixes?.some((p) => args.some((a) => a.startsWith(p)))) return true;
  return spec.envVars?.some((v) => example.env?.[v] !== undefined) ?? false;
}

test('every destructive railway example trips the prefilter', () => {
  for (const rule of railwayPack.rules) {
    for (const example of rule.examples.destructive)
      assert.ok(trips(railwayPack.prefilter, example), `${rule.id}: ${example.argv.join(' ')}`);
  }
});

test('the prefilter lets the everyday read-only commands through without a check', () => {
  for (const argv of [
    ['railway', 'status'],
    ['railway', 'logs', '-s', 'api'],
    ['railway', 'up', '--detach'],
    ['railway', 'variable', 'list', '--kv'],
    ['railway', 'run', 'npm', 'test'],
  ]) {
    assert.equal(trips(railwayPack.prefilter, { argv }), false, argv.join(' '));
  }
});

test('token hygiene: an account-wide token is called out', () => {
  const [finding] = classify({
    argv: ['railway', 'volume', 'delete', '-v', 'pg-data'],
    env: { RAILWAY_API_TOKEN: 'x' },
  }).findings;
  assert.ok(
    finding!.warnings.some((w) =>
      /RAILWAY_API_TOKEN is set: an account or workspace token can reach every project/.test(w),
    ),
  );
});

test('token hygiene: both tokens set is one warning naming both', () => {
  const [finding] = classify({
    argv: ['railway', 'down'],
    env: { RAILWAY_API_TOKEN: 'x', RAILWAY_TOKEN: 'y' },
    files: LINKED_PRODUCTION,
  }).findings;
  const tokenWarnings = finding!.warnings.filter((w) => /TOKEN/.test(w));
  assert.equal(tokenWarnings.length, 1);
  assert.match(tokenWarnings[0]!, /RAILWAY_TOKEN and RAILWAY_API_TOKEN are both set/);
  assert.equal(finding!.environment.name, 'unknown');
});

test('--yes never lowers the bar, and is noted', () => {
  for (const yes of ['-y', '--yes', '--yes=true']) {
    const decision = classify({ argv: ['railway', 'service', 'delete', '-s', 'api', yes], files: LINKED_STAGING });
    assert.equal(decision.decision, 'confirm', yes);
    assert.ok(
      decision.findings[0]!.warnings.some((w) => w.startsWith("--yes skips Railway's own confirmation prompt")),
      yes,
    );
  }
});

test('RAILWAY_ENV is warned about and never used as the environment', () => {
  const [finding] = classify({
    argv: ['railway', 'volume', 'delete', '-v', 'data'],
    env: { RAILWAY_ENV: 'staging' },
    files: LINKED_STAGING,
  }).findings;
  assert.equal(finding!.environment.name, 'unknown');
  assert.ok(finding!.warnings.some((w) => /RAILWAY_ENV=staging selects Railway's own backend/.test(w)));
});

test('the incident: account token, no link, volume delete with -y is confirmed as unknown (production)', () => {
  const decision = classify({
    argv: ['railway', 'volume', 'delete', '-v', 'vol_8d1e', '-y'],
    env: { RAILWAY_API_TOKEN: 'x' },
  });
  assert.equal(decision.decision, 'confirm');
  assert.equal(decision.findings.length, 1);
  const finding = decision.findings[0]!;
  assert.equal(finding.rule, 'railway/volume-delete');
  assert.equal(finding.environment.production, true);
  assert.equal(findingReason(finding), 'Deletes volume vol_8d1e in unknown with all the data on it.');
});

test('variable delete warns that Railway itself never asks', () => {
  const [finding] = classify({ argv: ['railway', 'variable', 'delete', 'KEY'], files: LINKED_PRODUCTION }).findings;
  assert.ok(finding!.warnings.some((w) => /no confirmation prompt of its own/.test(w)));
  assert.deepEqual(finding!.details, ['service: svc-api']);
});

test('one finding per backup id', () => {
  const decision = classify({
    argv: ['railway', 'postgres', 'pitr', 'backup', 'delete', 'bk_1', 'bk_2'],
    files: LINKED_PRODUCTION,
  });
  assert.deepEqual(
    decision.findings.map((f) => f.resource),
    ['bk_1', 'bk_2'],
  );
});

test('an unknown option before the verb is read both ways and warned about', () => {
  const decision = classify({
    argv: ['railway', 'volume', '--new-flag', 'x', 'delete', '-v', 'data'],
    files: LINKED_PRODUCTION,
  });
  assert.equal(decision.decision, 'confirm');
  assert.ok(decision.findings[0]!.warnings.some((w) => /--new-flag/.test(w)));
});

test('project delete names every environment, whatever is linked', () => {
  const [finding] = classify({ argv: ['railway', 'delete'], files: LINKED_STAGING }).findings;
  assert.equal(finding!.environment.name, 'all-environments');
  assert.equal(finding!.environment.production, true);
  assert.equal(finding!.resource, '(chosen interactively)');
  assert.match(finding!.details[0]!, /linked to shop/);
});

test('read-only and wrapper commands produce no finding', () => {
  for (const argv of [
    ['railway'],
    ['railway', '--version'],
    ['railway', 'whoami', '--json'],
    ['railway', 'connect', 'postgres'],
    ['railway', 'ssh', '--', 'ls', '/tmp'],
    ['railway', 'environment', 'production'],
  ]) {
    assert.equal(classify({ argv, files: LINKED_PRODUCTION }).decision, 'allow', argv.join(' '));
  }
});
