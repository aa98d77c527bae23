import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../../src/core/example-context.js';
import { resolveEnvironment } from '../../../../src/core/environment.js';
import { defaultConfig } from '../../../../src/core/config-defaults.js';
import { moduleName, rootModuleDir, terraformSignals } from '../../../../src/core/tools/terraform/workspace.js';

const files = {
  '/home/user/project/.terraform/environment': 'staging\n',
  '/home/user/project/envs/prod/.terraform/environment': 'prod',
  '/home/user/project/custom/environment': 'qa',
};

test('TF_WORKSPACE beats the environment file, which beats default', () => {
  const withEnv = exampleContext({ argv: [], files, env: { TF_WORKSPACE: 'blue' } });
  assert.deepEqual(terraformSignals(withEnv.cwd, undefined, withEnv)[0], {
    kind: 'tf-workspace',
    value: 'blue',
    source: 'env',
    detail: 'TF_WORKSPACE=blue',
  });
  const fromFile = exampleContext({ argv: [], files });
  assert.equal(terraformSignals(fromFile.cwd, undefined, fromFile)[0]?.value, 'staging');
  assert.equal(terraformSignals(fromFile.cwd, undefined, fromFile)[0]?.source, 'tool-config');
  const none = exampleContext({ argv: [] });
  assert.equal(terraformSignals(none.cwd, undefined, none)[0]?.source, 'default');
});

test('-chdir and TF_DATA_DIR move where the environment file is read', () => {
  const ctx = exampleContext({ argv: [], files });
  assert.equal(terraformSignals(rootModuleDir('envs/prod', ctx), 'envs/prod', ctx)[0]?.value, 'prod');
  const dataDir = exampleContext({ argv: [], files, env: { TF_DATA_DIR: 'custom' } });
  assert.equal(terraformSignals(dataDir.cwd, undefined, dataDir)[0]?.value, 'qa');
});

test('the tf-dir signal lets configuration name the environment', () => {
  const config = {
    ...defaultConfig(),
    environments: [{ name: 'production', production: true, match: { 'tf-dir': ['*/envs/prod'] } }],
  };
  const ctx = exampleContext({ argv: [] }, config);
  const env = resolveEnvironment(terraformSignals(rootModuleDir('envs/prod', ctx), 'envs/prod', ctx), ctx);
  assert.equal(env.name, 'production');
  assert.equal(env.production, true);
});

test('module names read the way a person says them', () => {
  const ctx = exampleContext({ argv: [] });
  assert.equal(moduleName('/home/user/project', ctx), 'project');
  assert.equal(moduleName('/home/user/project/envs/prod', ctx), 'envs/prod');
  assert.equal(moduleName('/srv/infra', ctx), '/srv/infra');
});
