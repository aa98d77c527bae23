import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSubscription } from '../../../../src/core/tools/az/default-subscription.js';
import { exampleContext } from '../../../../src/core/example-context.js';

const profile = (name: string): string =>
  `\uFEFF{"subscriptions":[{"id":"1","name":"Other","isDefault":false},{"id":"2","name":"${name}","isDefault":true}]}`;

test('the default subscription is read despite the byte-order mark; AZURE_CONFIG_DIR moves the file', () => {
  assert.equal(
    defaultSubscription(
      exampleContext({ argv: ['x'], files: { '/home/user/.azure/azureProfile.json': profile('Prod') } }),
    )?.value,
    'Prod',
  );
  const moved = exampleContext({
    argv: ['x'],
    env: { AZURE_CONFIG_DIR: '/etc/az' },
    files: { '/home/user/.azure/azureProfile.json': profile('Home'), '/etc/az/azureProfile.json': profile('Moved') },
  });
  assert.equal(defaultSubscription(moved)?.value, 'Moved');
  assert.equal(defaultSubscription(exampleContext({ argv: ['x'] })), undefined);
});
