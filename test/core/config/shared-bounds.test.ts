// The user config and the system policy read cooldown and lockout with the same bounds, which
// config-defaults.ts defines once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFileSchema } from '../../../src/core/config/schema.js';
import { systemPolicySchema } from '../../../src/core/config/system-policy-schema.js';
import {
  DEFAULT_BURST,
  LOCKOUT_RANGE,
  MAX_COOLDOWN_SECONDS,
  MIN_COOLDOWN_SECONDS,
} from '../../../src/core/config-defaults.js';
import { isBurst } from '../../../src/core/audit/burst.js';

const schemas = { config: configFileSchema, 'system policy': systemPolicySchema };

for (const [name, schema] of Object.entries(schemas)) {
  test(`${name}: cooldown accepted from the minimum to the maximum, refused outside`, () => {
    for (const ok of [MIN_COOLDOWN_SECONDS, MAX_COOLDOWN_SECONDS])
      assert.equal(schema.safeParse({ cooldownSeconds: ok }).success, true, String(ok));
    for (const bad of [MIN_COOLDOWN_SECONDS - 1, MAX_COOLDOWN_SECONDS + 1])
      assert.equal(schema.safeParse({ cooldownSeconds: bad }).success, false, String(bad));
  });

  test(`${name}: lockout bounds`, () => {
    const { attempts, windowSeconds } = LOCKOUT_RANGE;
    assert.equal(
      schema.safeParse({ lockout: { attempts: attempts.max, windowSeconds: windowSeconds.max } }).success,
      true,
    );
    assert.equal(schema.safeParse({ lockout: { attempts: attempts.max + 1, windowSeconds: 60 } }).success, false);
    assert.equal(schema.safeParse({ lockout: { attempts: 3, windowSeconds: windowSeconds.min - 1 } }).success, false);
  });
}

test('without a policy, isBurst locks at the default: the attempt after DEFAULT_BURST.attempts refusals in the window', () => {
  const now = 10_000_000;
  const refusal = { time: new Date(now - 1000).toISOString(), decision: 'refused' };
  const at = (n: number) => Array.from({ length: n }, () => refusal) as never[];
  assert.equal(isBurst(at(DEFAULT_BURST.attempts), now), true);
  assert.equal(isBurst(at(DEFAULT_BURST.attempts - 1), now), false);
  const old = { ...refusal, time: new Date(now - (DEFAULT_BURST.windowSeconds + 1) * 1000).toISOString() };
  assert.equal(isBurst(Array.from({ length: DEFAULT_BURST.attempts }, () => old) as never[], now), false);
});
