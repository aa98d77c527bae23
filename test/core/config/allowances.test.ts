import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowanceNotice, applyAllowances } from '../../../src/core/config/allowances.js';
import { unknownEnvironment } from '../../../src/core/environment.js';
import type { AllowanceRef, Decision, Finding } from '../../../src/core/types.js';

function finding(rule: string, env: string, resource: string): Finding {
  return {
    rule,
    tool: rule.split('/')[0] as string,
    resource,
    environment:
      env === 'unknown'
        ? unknownEnvironment('no flag names it')
        : { kind: 'named', name: env, source: 'env', production: false, evidence: [] },
    kind: 'rule',
    message: 'r',
    details: [],
    warnings: [],
  };
}
const ALLOW: AllowanceRef = {
  rule: 'terraform/destroy',
  environment: 'ephemeral-*',
  resource: '*',
  file: '/u/config.yaml',
  reason: 'per-PR stacks',
};
const decide = (...findings: Finding[]): Decision => ({ decision: 'confirm', findings });

test('an allowance covers its rule in matching environments and resources, and is recorded', () => {
  const d = applyAllowances(decide(finding('terraform/destroy', 'ephemeral-42', 'all-resources')), [ALLOW]);
  assert.equal(d.decision, 'allow');
  assert.deepEqual(d.findings, []);
  assert.deepEqual(d.allowed?.[0]?.allowedBy, ALLOW);
  assert.equal(
    allowanceNotice(d.allowed?.[0] as Finding),
    'guard: allowed without confirmation by your allowance {rule: terraform/destroy, environment: ephemeral-*, resource: *} in /u/config.yaml: ephemeral-42/all-resources (per-PR stacks)',
  );
});

test('it does not cover another rule, another environment, or an unknown environment', () => {
  for (const f of [
    finding('terraform/state-rm', 'ephemeral-42', 'x'),
    finding('terraform/destroy', 'production', 'x'),
    finding('terraform/destroy', 'unknown', 'x'),
  ]) {
    const d = applyAllowances(decide(f), [
      { ...ALLOW, environment: f.environment.name === 'unknown' ? '*' : ALLOW.environment },
    ]);
    assert.equal(d.decision, 'confirm', `${f.rule} in ${f.environment.name}`);
  }
});

test('the resource pattern narrows it', () => {
  const narrow = { ...ALLOW, resource: 'preview-*' };
  assert.equal(
    applyAllowances(decide(finding('terraform/destroy', 'ephemeral-1', 'preview-db')), [narrow]).decision,
    'allow',
  );
  assert.equal(
    applyAllowances(decide(finding('terraform/destroy', 'ephemeral-1', 'main-db')), [narrow]).decision,
    'confirm',
  );
});

test('a partly allowed decision still needs confirmation for the rest', () => {
  const d = applyAllowances(
    decide(finding('terraform/destroy', 'ephemeral-1', 'a'), finding('rm/home', 'local', '/home/u')),
    [ALLOW],
  );
  assert.equal(d.decision, 'confirm');
  assert.deepEqual(
    d.findings.map((f) => f.rule),
    ['rm/home'],
  );
  assert.deepEqual(
    d.allowed?.map((f) => f.rule),
    ['terraform/destroy'],
  );
});

test("guard's own analysis failures are never allowed", () => {
  const failed: Finding = {
    ...finding('guard/analysis-failed', 'ephemeral-1', 'x'),
    kind: 'guard',
    text: 'guard could not analyse this command',
  };
  const d = applyAllowances(decide(failed), [{ ...ALLOW, rule: 'guard/analysis-failed' }]);
  assert.equal(d.decision, 'confirm');
});
