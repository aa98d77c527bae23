import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../../src/core/example-context.js';
import { parseConnString, redactConnString } from '../../../../src/core/tools/psql/conninfo.js';
import { describePgTarget, pgSignals, resolvePgTarget } from '../../../../src/core/tools/psql/pg-target.js';
import { resolveEnvironment } from '../../../../src/core/environment.js';

test('URIs: user, password, hosts, ports, database and query parameters', () => {
  assert.deepEqual(parseConnString('postgresql://al%40x:p%3Aw@db1:5433,db2/app?sslmode=require&application_name=x'), {
    user: 'al@x',
    password: 'p:w',
    host: 'db1,db2',
    port: '5433',
    dbname: 'app',
    sslmode: 'require',
    application_name: 'x',
  });
  assert.deepEqual(parseConnString('postgres://[::1]:6000/d'), { host: '::1', port: '6000', dbname: 'd' });
  assert.deepEqual(parseConnString('postgresql:///app?host=/var/run/pg'), { dbname: 'app', host: '/var/run/pg' });
});

test('conninfo: key=value with quoting and escapes', () => {
  assert.deepEqual(parseConnString("host=db.prod port = 5432 dbname='my db' password='it\\'s'"), {
    host: 'db.prod',
    port: '5432',
    dbname: 'my db',
    password: "it's",
  });
});

test('passwords are never shown', () => {
  assert.equal(redactConnString('postgresql://u:secret@h/d'), 'postgresql://u@h/d');
  assert.equal(redactConnString('postgresql://u@h/d?password=secret'), 'postgresql://u@h/d?password=***');
  assert.equal(redactConnString("host=h password='x y'"), 'host=h password=***');
  const t = resolvePgTarget({ dbname: 'postgresql://u:secret@h/d' }, exampleContext({ argv: [] }));
  assert.doesNotMatch(JSON.stringify(t), /secret/);
});

test('precedence: connection string > flags > service file > PG* variables > defaults', () => {
  const ctx = exampleContext({
    argv: [],
    env: { PGHOST: 'envhost', PGPORT: '7000', PGDATABASE: 'envdb', PGUSER: 'envuser', PGSERVICE: 'svc' },
    files: { '/home/user/.pg_service.conf': '[svc]\nhost=svchost\ndbname=svcdb\n' },
  });
  assert.equal(describePgTarget(resolvePgTarget({}, ctx)), 'envuser@svchost:7000/svcdb');
  assert.equal(describePgTarget(resolvePgTarget({ host: 'flaghost' }, ctx)), 'envuser@flaghost:7000/svcdb');
  assert.equal(
    describePgTarget(resolvePgTarget({ dbname: 'host=csHost dbname=csdb', host: 'flaghost' }, ctx)),
    'envuser@csHost:7000/csdb',
  );
});

test('service= in a conninfo, PGSERVICEFILE and the system file in PGSYSCONFDIR', () => {
  const ctx = exampleContext({
    argv: [],
    env: { PGSERVICEFILE: '/etc/my.conf', PGSYSCONFDIR: '/opt/pg' },
    files: { '/etc/my.conf': '[a]\nhost=ahost\n', '/opt/pg/pg_service.conf': '[b]\nhost=bhost\nport=1\n' },
  });
  assert.equal(resolvePgTarget({ dbname: 'service=a' }, ctx).host.value, 'ahost');
  const b = resolvePgTarget({ dbname: 'service=b' }, ctx);
  assert.equal(describePgTarget(b), 'postgres@bhost:1/postgres');
  assert.equal(b.host.source, 'tool-config');
  assert.match(resolvePgTarget({ dbname: 'service=zzz' }, ctx).notes.join(' '), /not found/);
});

test('defaults: the local socket is the named environment "localhost"', () => {
  const ctx = exampleContext({ argv: [], env: { USER: 'alice' } });
  const t = resolvePgTarget({}, ctx);
  assert.equal(describePgTarget(t), 'alice@localhost:5432/alice');
  const env = resolveEnvironment(pgSignals(t), ctx);
  assert.equal(env.name, 'localhost');
  assert.equal(env.source, 'default');
});

test('a configured environment can claim a host', () => {
  const ctx = exampleContext(
    { argv: [] },
    {
      protectedPaths: [],
      environments: [{ name: 'production', production: true, match: { 'db-host': ['*.prod.internal'] } }],
    },
  );
  const env = resolveEnvironment(pgSignals(resolvePgTarget({ host: 'db1.prod.internal' }, ctx)), ctx);
  assert.equal(env.name, 'production');
});
