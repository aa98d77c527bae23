import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quickConfig, quickPolicy } from '../../../src/core/config/quick-check.js';
import { configFileSchema } from '../../../src/core/config/schema.js';
import { systemPolicySchema } from '../../../src/core/config/system-policy-schema.js';

const KEY = {
  publicKey: 'A'.repeat(43),
  salt: 'ab'.repeat(16),
  scrypt: { N: 2 ** 15, r: 8, p: 1 },
  label: 'ops laptop',
};
const ENV = {
  name: 'production',
  production: true,
  match: { 'db-host': ['*.rds.amazonaws.com'], 'kube-context': ['prod-*'] },
};
const ALLOW = {
  rule: 'railway/volume-delete',
  environment: 'staging',
  resource: 'pg-data',
  reason: 'nightly reset',
  signature: { publicKey: 'k', signature: 's' },
};

const POLICIES: unknown[] = [
  undefined,
  {},
  { locationsFromEnvironment: true },
  {
    version: 1,
    environments: [ENV],
    protectedPaths: ['/srv/data'],
    cooldownSeconds: 30,
    lockout: { attempts: 3, windowSeconds: 600 },
    loosening: 'signed',
    allow: [ALLOW],
    requireProof: { approve: true, unlock: false },
    approvalKeys: [KEY],
    passphraseAttempts: { max: 5, windowSeconds: 60 },
    audit: { path: '/var/log/guard/audit.jsonl', syslog: true },
    humanDriverUids: [0, 1000],
    requireTerminalProvenance: true,
  },
];
const CONFIGS: unknown[] = [
  undefined,
  {},
  {
    environments: [ENV, { name: 'staging', production: false }],
    protectedPaths: ['data/'],
    allow: [ALLOW],
    disable: ['rm/recursive-delete', { rule: 'git/force-push', signature: { publicKey: 'k', signature: 's' } }],
    cooldownSeconds: 10,
    audit: { path: '~/audit.jsonl', syslog: { to: 'udp://127.0.0.1:514', tag: 'guard', readBack: '/var/log/syslog' } },
    apiHosts: [{ host: 'api.example.com', environment: 'production' }, { host: '*.internal' }],
    lockout: { attempts: 1, windowSeconds: 1 },
    alerts: { command: 'notify-send guard', timeoutSeconds: 5 },
    passphrase: { salt: 'ab'.repeat(8), hash: 'cd'.repeat(16) },
    probes: { enabled: false, timeoutMs: 100 },
  },
];

const ODD = [
  undefined,
  null,
  '',
  ' x',
  'x ',
  'x',
  'UPPER/Case',
  'a/b',
  -1,
  0,
  0.5,
  1,
  4,
  5,
  100,
  101,
  3600,
  3601,
  2 ** 14 - 1,
  2 ** 22 + 1,
  true,
  [],
  ['x'],
  [''],
  {},
  { x: 1 },
];

/** Every variant of `value` with one leaf replaced by an odd value, one key removed or one unknown key added. */
function* variants(value: unknown): Generator<unknown> {
  for (const odd of ODD) yield odd;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      for (const v of variants(value[i])) yield value.map((item, j) => (j === i ? v : item));
    yield [...value, ...value.slice(0, 1)];
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    for (const [key, item] of entries) {
      for (const v of variants(item)) yield { ...value, [key]: v };
      yield Object.fromEntries(entries.filter(([k]) => k !== key));
    }
    yield { ...value, unknownKey: 1 };
    yield JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(value).slice(1)}`.replace(/, }$/, '}'));
  }
}

for (const [name, quick, schema, samples] of [
  ['system policy', quickPolicy, systemPolicySchema, POLICIES],
  ['config file', quickConfig, configFileSchema, CONFIGS],
] as const) {
  test(`the quick check of the ${name} accepts the common valid shapes as they are`, () => {
    for (const sample of samples) assert.deepEqual(quick(sample), sample ?? {}, JSON.stringify(sample));
  });

  test(`whatever the quick check of the ${name} accepts, the zod schema accepts unchanged`, () => {
    let accepted = 0;
    let rejected = 0;
    for (const sample of samples) {
      for (const variant of variants(sample)) {
        const fast = quick(variant);
        if (fast === undefined) {
          rejected++;
          continue;
        }
        accepted++;
        const full = schema.safeParse(variant ?? {});
        assert.ok(full.success, `quick check accepted what the schema rejects: ${JSON.stringify(variant)}`);
        assert.deepEqual(fast, full.data, JSON.stringify(variant));
      }
    }
    // Both sides are exercised: the comparison would prove nothing if every variant were rejected.
    assert.ok(accepted > 20 && rejected > 100, `accepted ${accepted}, rejected ${rejected}`);
  });
}

test('custom rules are left to the schema (the quick check never claims them)', () => {
  assert.equal(quickConfig({ rules: [] }), undefined);
});
