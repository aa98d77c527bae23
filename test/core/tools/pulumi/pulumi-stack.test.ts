import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pulumiStackSignals } from '../../../../src/core/tools/pulumi/pulumi-stack.js';
import { parseOptions } from '../../../../src/core/argv/parse-options.js';
import { exampleContext } from '../../../../src/core/example-context.js';

const YAML = { '/home/user/project/Pulumi.yaml': 'name: shop\n' };
const none = parseOptions([], [], { style: 'pflag' });

test('the selected stack is read only when one workspace file matches the project', () => {
  const one = exampleContext({
    argv: ['pulumi'],
    files: { ...YAML, '/home/user/.pulumi/workspaces/shop-aa-workspace.json': '{"stack":"prod"}' },
  });
  assert.equal(pulumiStackSignals(none, one)[0]?.value, 'prod');
  const two = exampleContext({
    argv: ['pulumi'],
    files: {
      ...YAML,
      '/home/user/.pulumi/workspaces/shop-aa-workspace.json': '{"stack":"prod"}',
      '/home/user/.pulumi/workspaces/shop-bb-workspace.json': '{"stack":"dev"}',
    },
  });
  assert.deepEqual(pulumiStackSignals(none, two), []);
  const moved = exampleContext({
    argv: ['pulumi'],
    env: { PULUMI_HOME: '/opt/pulumi' },
    files: { ...YAML, '/opt/pulumi/workspaces/shop-cc-workspace.json': '{"stack":"stage"}' },
  });
  assert.equal(pulumiStackSignals(none, moved)[0]?.value, 'stage');
});
