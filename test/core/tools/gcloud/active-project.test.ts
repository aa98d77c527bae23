import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configuredProject, iniValue } from '../../../../src/core/tools/gcloud/active-project.js';
import { exampleContext } from '../../../../src/core/example-context.js';

const CONFIGS = {
  '/home/user/.config/gcloud/active_config': 'work\n',
  '/home/user/.config/gcloud/configurations/config_work': '[core]\nproject = acme-prod\n',
  '/home/user/.config/gcloud/configurations/config_play': '[compute]\nzone = x\n[core]\nproject = sandbox\n',
  '/srv/gcloud/active_config': 'play',
  '/srv/gcloud/configurations/config_play': '[core]\nproject = moved\n',
};

test('iniValue reads a key only from its section', () => {
  assert.equal(iniValue('[compute]\nproject = no\n[core]\nproject = yes\n', 'core', 'project'), 'yes');
  assert.equal(iniValue('[compute]\nproject = no\n', 'core', 'project'), undefined);
});

test('active config: --configuration > CLOUDSDK_ACTIVE_CONFIG_NAME > active_config file; CLOUDSDK_CONFIG moves the dir', () => {
  assert.equal(configuredProject(exampleContext({ argv: ['x'], files: CONFIGS }), undefined)?.value, 'acme-prod');
  assert.equal(configuredProject(exampleContext({ argv: ['x'], files: CONFIGS }), 'play')?.value, 'sandbox');
  assert.equal(
    configuredProject(
      exampleContext({ argv: ['x'], files: CONFIGS, env: { CLOUDSDK_ACTIVE_CONFIG_NAME: 'play' } }),
      undefined,
    )?.value,
    'sandbox',
  );
  assert.equal(
    configuredProject(
      exampleContext({ argv: ['x'], files: CONFIGS, env: { CLOUDSDK_CONFIG: '/srv/gcloud' } }),
      undefined,
    )?.value,
    'moved',
  );
  assert.equal(configuredProject(exampleContext({ argv: ['x'] }), undefined), undefined);
});
