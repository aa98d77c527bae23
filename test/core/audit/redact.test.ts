import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactArgv, redactText, secretVariableNames } from '../../../src/core/audit/redact.js';

test('passwords in URIs are masked, user and host kept', () => {
  assert.equal(redactText('postgres://app:s3cret@db.prod:5432/main'), 'postgres://app:***@db.prod:5432/main');
  assert.equal(redactText('mysql://root:p%40ss@localhost/x'), 'mysql://root:***@localhost/x');
  assert.equal(redactText('https://example.com/path'), 'https://example.com/path');
});

test('conninfo password= is masked, quoted or not', () => {
  assert.equal(
    redactText('host=db user=app password=hunter2 dbname=main'),
    'host=db user=app password=*** dbname=main',
  );
  assert.equal(redactText("host=db password='a b c' dbname=x"), 'host=db password=*** dbname=x');
});

test('--password and mysql -pSECRET are masked; psql -p 5432 (a port) is kept', () => {
  assert.deepEqual(redactArgv(['mysql', '-uroot', '-phunter2', '-e', 'drop database x']), [
    'mysql',
    '-uroot',
    '-p***',
    '-e',
    'drop database x',
  ]);
  assert.deepEqual(redactArgv(['tool', '--password', 'hunter2', '--password=x']), [
    'tool',
    '--password',
    '***',
    '--password=***',
  ]);
  assert.deepEqual(redactArgv(['psql', '-p', '5432', '-h', 'db']), ['psql', '-p', '5432', '-h', 'db']);
  assert.deepEqual(redactArgv(['redis-cli', '-a', 'pw', 'FLUSHALL']), ['redis-cli', '-a', '***', 'FLUSHALL']);
});

test('*_TOKEN, *_KEY and *_SECRET assignments are masked', () => {
  assert.deepEqual(
    redactArgv([
      'env',
      'RAILWAY_TOKEN=abc123',
      'AWS_SECRET_ACCESS_KEY=zzz',
      'STRIPE_SECRET=s',
      'MODE=prod',
      'railway',
      'up',
    ]),
    ['env', 'RAILWAY_TOKEN=***', 'AWS_SECRET_ACCESS_KEY=***', 'STRIPE_SECRET=***', 'MODE=prod', 'railway', 'up'],
  );
  assert.equal(redactText('RAILWAY_API_TOKEN=abcdef railway down'), 'RAILWAY_API_TOKEN=*** railway down');
});

test('Authorization and Project-Access-Token headers are masked', () => {
  assert.deepEqual(
    redactArgv(['curl', '-H', 'Authorization: Bearer eyJhbGciOi.x.y', '-H', 'Content-Type: application/json']),
    ['curl', '-H', 'Authorization: ***', '-H', 'Content-Type: application/json'],
  );
  assert.deepEqual(redactArgv(['curl', '--header', 'Project-Access-Token: 1234-5678']), [
    'curl',
    '--header',
    'Project-Access-Token: ***',
  ]);
  assert.deepEqual(redactArgv(['curl', '-u', 'me:pw', 'https://x']), ['curl', '-u', '***', 'https://x']);
  assert.equal(redactText('sent with Bearer abcdefghijk'), 'sent with Bearer ***');
});

test('secret variable names are listed without values', () => {
  assert.deepEqual(secretVariableNames({ RAILWAY_API_TOKEN: 'x', PATH: '/bin', GH_TOKEN: '', DB_PASSWORD: 'y' }), [
    'DB_PASSWORD',
    'RAILWAY_API_TOKEN',
  ]);
});

test('bearer options of curl and xh are masked; prose that mentions a token survives', () => {
  assert.deepEqual(redactArgv(['curl', '--oauth2-bearer', 'abc123xyz', 'https://x']), [
    'curl',
    '--oauth2-bearer',
    '***',
    'https://x',
  ]);
  assert.deepEqual(redactArgv(['xh', '--bearer', 'abc123xyz', '--auth=me:pw']), [
    'xh',
    '--bearer',
    '***',
    '--auth=***',
  ]);
  assert.equal(redactText('sent with a Project-Access-Token header'), 'sent with a Project-Access-Token header');
  assert.equal(redactText('Bearer eyJhbGciOiJIUzI1NiJ9.payload'), 'Bearer ***');
});
