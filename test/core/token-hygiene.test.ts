import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addCredentialWarnings, credentialWarnings } from '../../src/core/token-hygiene.js';
import type { Decision } from '../../src/core/types.js';

test('railway: an account/workspace token (RAILWAY_API_TOKEN) is wider than one environment', () => {
  const [w] = credentialWarnings({ RAILWAY_API_TOKEN: 'acct' }, 'railway', 'staging');
  assert.match(
    w ?? '',
    /RAILWAY_API_TOKEN is an account or workspace token: it reaches every project and environment it can see, not only staging; a project token \(RAILWAY_TOKEN\)/,
  );
  assert.match(
    credentialWarnings({ RAILWAY_API_TOKEN: 'a', RAILWAY_TOKEN: 'p' }, 'railway', 'staging')[0] ?? '',
    /still exposed/,
  );
  assert.deepEqual(credentialWarnings({ RAILWAY_TOKEN: 'p' }, 'railway', 'staging'), []);
  assert.deepEqual(credentialWarnings({ RAILWAY_API_TOKEN: '' }, 'railway', 'staging'), []);
});

test('other account-wide credentials: heroku, supabase, vercel, long-lived AWS keys', () => {
  assert.equal(credentialWarnings({ HEROKU_API_KEY: 'k' }, 'heroku', 'acme-web').length, 1);
  assert.equal(credentialWarnings({ SUPABASE_ACCESS_TOKEN: 'sbp_x' }, 'supabase', 'ref').length, 1);
  assert.equal(credentialWarnings({ VERCEL_TOKEN: 'v' }, 'vercel', 'acme').length, 1);
  assert.equal(credentialWarnings({ AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE' }, 'aws', 'prod').length, 1);
  assert.deepEqual(credentialWarnings({ AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE', AWS_SESSION_TOKEN: 's' }, 'aws', 'prod'), []);
  assert.deepEqual(credentialWarnings({ HEROKU_API_KEY: 'k' }, 'railway', 'x'), [], 'only for the tool that uses it');
});

test('warnings are appended once to every finding, allowed ones included', () => {
  const f = {
    rule: 'railway/volume-delete',
    tool: 'railway',
    resource: 'pg-data',
    environment: {
      kind: 'named' as const,
      name: 'production',
      source: 'flag' as const,
      production: true,
      evidence: [],
    },
    kind: 'rule' as const,
    message: 'r',
    details: [],
    warnings: ['existing'],
  };
  const d: Decision = { decision: 'confirm', findings: [f], allowed: [{ ...f, warnings: [] }] };
  const once = addCredentialWarnings(d, { RAILWAY_API_TOKEN: 't' });
  const twice = addCredentialWarnings(once, { RAILWAY_API_TOKEN: 't' });
  assert.equal(twice.findings[0]?.warnings.length, 2);
  assert.equal(twice.findings[0]?.warnings[0], 'existing');
  assert.equal(twice.allowed?.[0]?.warnings.length, 1);
  const packWarned = addCredentialWarnings(
    { decision: 'confirm', findings: [{ ...f, warnings: ['RAILWAY_API_TOKEN is set: wide'] }] },
    { RAILWAY_API_TOKEN: 't' },
  );
  assert.deepEqual(
    packWarned.findings[0]?.warnings,
    ['RAILWAY_API_TOKEN is set: wide'],
    "the pack's own warning about the variable is kept, not doubled",
  );
});
