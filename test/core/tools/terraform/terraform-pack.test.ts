import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyArgv, indexPacks } from '../../../../src/core/classify.js';
import { exampleContext } from '../../../../src/core/example-context.js';
import type { RuleExample } from '../../../../src/core/rule.js';
import { terraformPack } from '../../../../rules/terraform.js';

const index = indexPacks([terraformPack]);
const classify = (example: RuleExample, probe = true) => {
  const ctx = exampleContext(example);
  if (!probe) delete ctx.probe;
  return classifyArgv(example.argv, ctx, index);
};

test('the probe runs the same executable, in the -chdir directory', () => {
  const calls: string[] = [];
  const ctx = exampleContext({ argv: [] });
  ctx.probe = (file, args, options) => {
    calls.push(`${file} ${args.join(' ')} @${options?.cwd}`);
    return { ok: true, code: 0, stdout: '{"format_version":"1.2"}', stderr: '' };
  };
  classifyArgv(['tofu', '-chdir=infra', 'apply', 'p.tfplan'], ctx, index);
  assert.deepEqual(calls, ['tofu show -json p.tfplan @/home/user/project/infra']);
});

test('without probes a saved plan fails closed', () => {
  const decision = classify({ argv: ['terraform', 'apply', 'p.tfplan'] }, false);
  assert.equal(decision.decision, 'confirm');
  assert.match(decision.findings[0]?.details[0] ?? '', /probes are disabled/);
});

test('-auto-approve never makes a destructive command benign, and is warned about', () => {
  for (const argv of [
    ['terraform', 'destroy', '-auto-approve'],
    ['terraform', 'destroy', '--auto-approve=true'],
    ['terraform', 'destroy', '-auto-approve=false'],
  ]) {
    assert.equal(classify({ argv }).decision, 'confirm', argv.join(' '));
  }
  assert.match(
    classify({ argv: ['terraform', 'destroy', '-auto-approve'] }).findings[0]?.warnings.join(' ') ?? '',
    /skips terraform's own/,
  );
});

test('a workspace named like production is treated as production', () => {
  const finding = classify({ argv: ['terraform', 'destroy'], env: { TF_WORKSPACE: 'prod-eu' } }).findings[0];
  assert.equal(finding?.environment.name, 'prod-eu');
  assert.equal(finding?.environment.production, true);
});
