// The system policy is the top layer: the user and project layers can only tighten it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applySystemPolicy } from '../../../src/core/config/apply-system-policy.js';
import { mergeLayers } from '../../../src/core/config/merge-layers.js';
import { requiresProof } from '../../../src/core/config/requires-proof.js';
import { input, PROJECT, USER } from '../../helpers/config-input.js';

const HOME = '/home/user';
const POLICY = '/etc/guard/policy.json';
const KEY = { publicKey: 'A'.repeat(43), salt: '0'.repeat(32), scrypt: { N: 2 ** 17, r: 8, p: 1 } };

function merged() {
  return mergeLayers(
    input(USER, 'user', {
      environments: [{ name: 'prod-eu', production: false }],
      cooldownSeconds: 5,
      lockout: { attempts: 9, windowSeconds: 10 },
      audit: { path: '/tmp/mine.jsonl' },
      allow: [{ rule: 'terraform/destroy', environment: 'ephemeral-*', resource: '*' }],
      disable: ['kubectl/delete-pod'],
    }),
    [input(PROJECT, 'project', { lockout: { attempts: 5, windowSeconds: 30 } })],
    HOME,
  );
}

test('loosening "forbid": user allowances and disabled rules are dropped, each with a note naming the policy', () => {
  const m = merged();
  const notes = applySystemPolicy(
    m,
    { loosening: 'forbid', allow: [{ rule: 'rm/recursive', environment: 'local', resource: '/srv/scratch/*' }] },
    POLICY,
    HOME,
  );
  assert.deepEqual(m.disabled, []);
  assert.deepEqual(
    m.allowances,
    [{ rule: 'rm/recursive', environment: 'local', resource: '/srv/scratch/*', file: POLICY }],
    'only root-granted allowances remain',
  );
  assert.deepEqual(
    notes.map((n) => `${n.key}: ${n.message}`),
    [
      `allow: allowance for terraform/destroy in ephemeral-* ignored: the system policy (${POLICY}) forbids user allowances and disabled rules`,
      `disable: disabling kubectl/delete-pod ignored: the system policy (${POLICY}) forbids user allowances and disabled rules`,
    ],
  );
});

test('loosening "signed": only entries verified against a pinned key stay', () => {
  const m = merged();
  const first = m.allowances[0];
  if (first) first.signed = true;
  const notes = applySystemPolicy(m, { loosening: 'signed' }, POLICY, HOME);
  assert.equal(m.allowances.length, 1);
  assert.deepEqual(m.disabled, []);
  assert.match(notes[0]?.message ?? '', /disabling kubectl\/delete-pod ignored: .* only signed/);
});

test('lockout, cooldown, environments and audit sink: the policy is a ceiling the user and projects cannot raise', () => {
  const m = merged();
  applySystemPolicy(
    m,
    {
      lockout: { attempts: 2, windowSeconds: 600 },
      cooldownSeconds: 20,
      environments: [{ name: 'prod-eu', production: true }],
      audit: { path: '/var/log/guard/audit.jsonl' },
    },
    POLICY,
    HOME,
  );
  assert.deepEqual(m.config.lockout, { attempts: 2, windowSeconds: 600 });
  assert.equal(m.config.cooldownSeconds, 20);
  assert.equal(
    m.config.environments.find((e) => e.name === 'prod-eu')?.production,
    true,
    'the user cannot declare a policy production environment otherwise',
  );
  assert.equal(m.config.audit?.path, '/var/log/guard/audit.jsonl');
  assert.equal(m.config.system?.source, POLICY);
  const tighter = merged();
  applySystemPolicy(tighter, { lockout: { attempts: 50, windowSeconds: 1 }, cooldownSeconds: 5 }, POLICY, HOME);
  assert.deepEqual(tighter.config.lockout, { attempts: 5, windowSeconds: 30 }, 'a stricter user/project setting stays');
});

test('a pinned key requires the passphrase for every human-only action unless the policy says otherwise', () => {
  assert.equal(requiresProof({}, 'approve'), false);
  assert.equal(requiresProof({ approvalKeys: [KEY] }, 'approve'), true);
  assert.equal(requiresProof({ approvalKeys: [KEY] }, 'unlock'), true);
  assert.equal(requiresProof({ approvalKeys: [KEY], requireProof: { production: false } }, 'production'), false);
});
