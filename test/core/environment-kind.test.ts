// Environments are a discriminated type: code branches on `kind`, never on the shown name, so a
// target that is merely *named* "local" or "unknown" is not mistaken for this machine or a guess.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { establishedEnvironment, localEnvironment, unknownEnvironment } from '../../src/core/environment.js';
import { productionTreatment } from '../../src/core/environment-wording.js';
import { exampleContext } from '../../src/core/example-context.js';

const ctx = exampleContext({ argv: ['x'] });

test('the three kinds: named, local, unknown', () => {
  assert.equal(establishedEnvironment('staging', [{ source: 'flag', detail: '-e staging' }], ctx).kind, 'named');
  assert.equal(localEnvironment(ctx).kind, 'local');
  const unknown = unknownEnvironment('no flag names it');
  assert.deepEqual([unknown.kind, unknown.name, unknown.production], ['unknown', 'unknown', true]);
});

test('an environment named "local" by a flag is a named environment, not this machine', () => {
  const named = establishedEnvironment('local', [{ source: 'flag', detail: '-e local' }], ctx);
  assert.equal(named.kind, 'named');
  assert.notEqual(productionTreatment({ ...named, production: true }), productionTreatment(localEnvironment(ctx)));
});

test('an environment named "unknown" by a flag is still production (the name decides nothing)', () => {
  const named = establishedEnvironment('unknown', [{ source: 'flag', detail: '-e unknown' }], ctx);
  assert.deepEqual([named.kind, named.production], ['named', true]);
});
