// guard in front of a real psql and a real PostgreSQL server started by the test itself.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUARD_BIN, runDetached, runGuard } from '../helpers/run-guard.js';
import { runOnPty } from '../helpers/pty.js';
import { findPostgresBin, startPostgres, type PostgresServer } from '../helpers/postgres-server.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

const bin = findPostgresBin();
const skip = bin === undefined ? 'PostgreSQL is not installed (CI: apt-get install -y postgresql)' : false;

describe('psql through guard against a real server', { skip }, () => {
  let pg: PostgresServer;
  let world: TempWorld;
  let db = 0;
  let current = '';
  /** A fresh database with table `t` holding three rows. */
  const freshDb = (): string => {
    current = `guard_e2e_${++db}`;
    pg.psql(`CREATE DATABASE ${current}`);
    pg.psql("CREATE TABLE t (id int, name text); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')", current);
    return current;
  };
  const rowsOfT = (name: string): string => pg.psql('SELECT id, name FROM t ORDER BY id', name);
  const psqlArgs = (name: string): string[] => ['psql', '-X', ...pg.connArgs, '-d', name];

  before(() => {
    pg = startPostgres(bin as string);
    world = createTempWorld();
  });
  after(() => {
    world?.dispose();
    pg?.stop();
  });

  test('deny mode: DROP TABLE by -c leaves the table and its rows (exit 77)', async () => {
    const name = freshDb();
    const result = await runGuard(['--deny', ...psqlArgs(name), '-c', 'DROP TABLE t'], { env: world.env() });
    assert.equal(result.code, 77, result.stderr);
    assert.match(result.stderr, /psql\/drop-object/);
    assert.equal(rowsOfT(name), '1|a\n2|b\n3|c\n');
  });

  test('deny mode: DROP TABLE in a -f file leaves the table (exit 77)', async () => {
    const name = freshDb();
    const file = join(world.root, 'drop.sql');
    writeFileSync(file, "SELECT 'harmless';\n-- now the real thing\nDROP TABLE t;\n");
    const result = await runGuard(['--deny', ...psqlArgs(name), '-f', file], { env: world.env() });
    assert.equal(result.code, 77, result.stderr);
    assert.equal(rowsOfT(name), '1|a\n2|b\n3|c\n');
  });

  test('no terminal (CI=true): DROP TABLE in a heredoc on stdin leaves the table (exit 77)', async () => {
    const name = freshDb();
    const result = await runGuard(psqlArgs(name), {
      env: world.env({ CI: 'true' }),
      input: 'BEGIN;\nDROP TABLE t;\nCOMMIT;\n',
    });
    assert.equal(result.code, 77, result.stderr);
    assert.match(result.stderr, /resource.*\bt\b|"t"|\bt\b/);
    assert.equal(rowsOfT(name), '1|a\n2|b\n3|c\n');
    const line = `${[process.execPath, GUARD_BIN, ...psqlArgs(name)].map((a) => `'${a}'`).join(' ')} <<'SQL'\nSELECT 1;\nDROP TABLE t;\nSQL\n`;
    const heredoc = await runDetached('sh', ['-c', line], { env: world.env({ CI: 'true' }) });
    assert.equal(heredoc.code, 77, heredoc.stderr);
    assert.equal(rowsOfT(name), '1|a\n2|b\n3|c\n');
  });

  test('benign queries return their rows through guard byte for byte', async () => {
    const name = freshDb();
    const query = [
      "SELECT id, name, 'drop table t' AS note FROM t ORDER BY id;",
      '-- DELETE FROM t',
      'DELETE FROM t WHERE id = 99;',
    ].join('\n');
    const direct = execFileSync('psql', [...psqlArgs(name).slice(1), '-c', query], { encoding: 'utf8' });
    const viaGuard = await runGuard(['--deny', ...psqlArgs(name), '-c', query], { env: world.env() });
    assert.equal(viaGuard.code, 0, viaGuard.stderr);
    assert.equal(viaGuard.stdout, direct);
    assert.equal(viaGuard.stderr, '');
    const piped = await runGuard(['--deny', ...psqlArgs(name), '-At'], {
      env: world.env(),
      input: 'SELECT count(*) FROM t;\n',
    });
    assert.equal(piped.code, 0, piped.stderr);
    assert.equal(piped.stdout, '3\n');
  });

  test('a 50 MB stdin of binary-safe COPY data is replayed byte for byte', async () => {
    const name = freshDb();
    pg.psql('CREATE TABLE big (id int, data text)', name);
    const { script, digest, rows } = copyScript(50 * 1024 * 1024);
    const started = Date.now();
    const result = await runGuard(['--deny', ...psqlArgs(name), '-At', '-v', 'ON_ERROR_STOP=1'], {
      env: world.env(),
      input: script,
      timeoutMs: 120_000,
    });
    const elapsed = Date.now() - started;
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `COPY ${rows}\n`);
    const stored = pg.psql("SELECT md5(string_agg(data, '' ORDER BY id)) FROM big", name).trim();
    assert.equal(stored, digest);
    process.stderr.write(`guard: e2e: 50 MB COPY through guard in ${elapsed} ms\n`);
  });

  test('deny mode: real dropdb and pg_restore --clean are refused and the data stays', async () => {
    const name = freshDb();
    const dropdb = await runGuard(['--deny', 'dropdb', ...pg.connArgs, name], { env: world.env() });
    assert.equal(dropdb.code, 77, dropdb.stderr);
    assert.match(dropdb.stderr, /postgres-tools\/dropdb/);
    const dump = join(world.root, `${name}.dump`);
    execFileSync('pg_dump', [...pg.connArgs, '-Fc', '-f', dump, name]);
    pg.psql("INSERT INTO t VALUES (4, 'd')", name);
    const restore = await runGuard(['--deny', 'pg_restore', ...pg.connArgs, '--clean', '-d', name, dump], {
      env: world.env(),
    });
    assert.equal(restore.code, 77, restore.stderr);
    assert.equal(rowsOfT(name), '1|a\n2|b\n3|c\n4|d\n');
    const list = await runGuard(['--deny', 'pg_restore', '-l', dump], { env: world.env() });
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /TABLE public t/);
  });

  test('the confirmed path really drops: ENVIRONMENT/RESOURCE typed on a real terminal', async () => {
    const name = freshDb();
    const argv = [...psqlArgs(name), '-c', 'DROP TABLE t'];
    const check = await runGuard(['check', '--json', '--', ...argv], { env: world.env() });
    const finding = (JSON.parse(check.stdout) as { findings: { resource: string; environment: { name: string } }[] })
      .findings[0];
    assert.ok(finding);
    const phrase = `${finding.environment.name}/${finding.resource}`;
    assert.equal(phrase, 'localhost/t');
    const wrong = await runOnPty(
      [process.execPath, GUARD_BIN, ...argv],
      [{ expect: 'to run it', send: 'localhost/users\r' }],
      { env: world.env() },
    );
    assert.equal(wrong.code, 77, wrong.stdout);
    assert.equal(rowsOfT(name), '1|a\n2|b\n3|c\n');
    const result = await runOnPty(
      [process.execPath, GUARD_BIN, ...argv],
      [{ expect: 'to run it', send: `${phrase}\r` }],
      { env: world.env() },
    );
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /DROP TABLE/);
    assert.equal(pg.psql("SELECT count(*) FROM pg_tables WHERE tablename = 't'", name), '0\n');
  });

  test('confirmed on the terminal, SQL from a redirected stdin is replayed to psql and runs', async () => {
    const name = freshDb();
    const file = join(world.root, `${name}.sql`);
    writeFileSync(file, "SELECT 'before';\nDROP TABLE t;\nSELECT 'after';\n");
    const line = `${[process.execPath, GUARD_BIN, ...psqlArgs(name), '-At'].map((a) => `'${a}'`).join(' ')} < '${file}'`;
    const result = await runOnPty(['sh', '-c', line], [{ expect: 'to run it', send: 'localhost/t\r' }], {
      env: world.env(),
    });
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /before[\s\S]*DROP TABLE[\s\S]*after/);
    assert.equal(pg.psql("SELECT count(*) FROM pg_tables WHERE tablename = 't'", name), '0\n');
  });
});

/** `COPY big FROM STDIN` with rows of raw bytes 0x01–0xFF (minus COPY's specials), and their md5. */
function copyScript(size: number): { script: Buffer; digest: string; rows: number } {
  const lineBytes = 1000;
  const rows = Math.ceil(size / (lineBytes + 8));
  const raw = randomBytes(rows * lineBytes);
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i] as number;
    if (b === 0 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x5c) raw[i] = 0x80 + (b & 0x3f);
  }
  const parts: Buffer[] = [Buffer.from('COPY big (id, data) FROM STDIN;\n')];
  const hash = createHash('md5');
  for (let r = 0; r < rows; r++) {
    const data = raw.subarray(r * lineBytes, (r + 1) * lineBytes);
    hash.update(data);
    parts.push(Buffer.from(`${r}\t`), data, Buffer.from('\n'));
  }
  parts.push(Buffer.from('\\.\n'));
  return { script: Buffer.concat(parts), digest: hash.digest('hex'), rows };
}
