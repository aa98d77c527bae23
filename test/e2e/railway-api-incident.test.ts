// The incident, end to end: an agent calls Railway's GraphQL API with curl and a token it found.
// guard in prefix mode, no controlling terminal, CI=true: refused with 77 and curl never runs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

const API = 'https://backboard.railway.app/graphql/v2';
const TOKEN = 'Authorization: Bearer 7d1e0c55-found-in-dotenv';
const BODY = '{"query":"mutation { volumeDelete(volumeId: \\"3f2a9c1e-prod-volume\\") }"}';

let world: TempWorld;
let project: string;
before(() => {
  world = createTempWorld();
  project = join(world.root, 'project');
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'payload.json'), `${BODY}\n`);
});
after(() => world.dispose());

function assertRefused(result: { code: number | null; stderr: string }, ran: boolean): void {
  assert.equal(result.code, 77, result.stderr);
  assert.equal(ran, false, 'the stand-in curl must never run');
  assert.match(result.stderr, /^guard: /);
  assert.match(result.stderr, /curl\/railway-destructive-mutation/);
  assert.match(result.stderr, /volumeDelete:3f2a9c1e-prod-volume/);
  assert.match(result.stderr, /Authorization: Bearer token \(account or workspace token\)/);
  assert.doesNotMatch(result.stderr, /7d1e0c55/, 'the token value is never shown');
}

describe('curl to Railway GraphQL API without a human', () => {
  test('inline body (-d): refused with 77, curl never runs', async () => {
    const curl = world.standIn('curl');
    const result = await runGuard(
      ['curl', '-X', 'POST', API, '-H', TOKEN, '-H', 'Content-Type: application/json', '-d', BODY],
      { cwd: project, env: world.env({ CI: 'true' }) },
    );
    assertRefused(result, curl.ran());
  });

  test('body in a file (-d @payload.json): refused with 77, curl never runs', async () => {
    const curl = world.standIn('curl');
    const result = await runGuard(['curl', '-X', 'POST', API, '-H', TOKEN, '-d', '@payload.json'], {
      cwd: project,
      env: world.env({ CI: 'true' }),
    });
    assertRefused(result, curl.ran());
  });

  test('body on stdin (--data-binary @-): refused with 77, curl never runs', async () => {
    const curl = world.standIn('curl');
    const result = await runGuard(['curl', '-X', 'POST', API, '-H', TOKEN, '--data-binary', '@-'], {
      cwd: project,
      env: world.env({ CI: 'true' }),
      input: BODY,
    });
    assertRefused(result, curl.ran());
  });

  test('a body guard cannot read fails closed', async () => {
    const curl = world.standIn('curl');
    const result = await runGuard(['curl', API, '-H', TOKEN, '-d', '@no-such-file.json'], {
      cwd: project,
      env: world.env({ CI: 'true' }),
    });
    assert.equal(result.code, 77, result.stderr);
    assert.equal(curl.ran(), false);
    assert.match(result.stderr, /unreadable-request-body/);
  });
});

describe('httpie with the body piped on stdin', () => {
  test('a destructive mutation on stdin is refused and http never runs', async () => {
    const http = world.standIn('http');
    const result = await runGuard(['http', 'POST', 'backboard.railway.com/graphql/v2', 'Project-Access-Token:abc123'], {
      cwd: project,
      env: world.env({ CI: 'true' }),
      input: BODY,
    });
    assert.equal(result.code, 77, result.stderr);
    assert.equal(http.ran(), false);
    assert.match(result.stderr, /httpie\/railway-destructive-mutation/);
    assert.match(result.stderr, /Project-Access-Token: a project token/);
    assert.doesNotMatch(result.stderr, /abc123/);
  });

  test('a read-only query on stdin reaches http byte for byte', async () => {
    const http = world.standIn('http');
    const body = '{"query": "{ me { id } }"}';
    const result = await runGuard(['http', 'POST', 'backboard.railway.com/graphql/v2'], {
      cwd: project,
      env: world.env({ CI: 'true' }),
      input: body,
    });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(http.stdin().toString('utf8'), body);
  });
});

describe('benign curl calls pass straight through', () => {
  test('a read-only query with its body on stdin: argv and stdin reach curl unchanged', async () => {
    const curl = world.standIn('curl');
    const query = '{"query":"query { me { id } }","variables":{"note":"ünïcode \\u0000"}}\r\n';
    const argv = ['-sS', '-X', 'POST', API, '-H', TOKEN, '--data-binary', '@-'];
    const result = await runGuard(['curl', ...argv], {
      cwd: project,
      env: world.env({ CI: 'true', STANDIN_EXIT: '3' }),
      input: query,
    });
    assert.equal(result.code, 3, result.stderr);
    assert.equal(result.stderr, '');
    assert.equal(result.stdout, 'stand-in curl ran\n');
    assert.deepEqual(curl.argv(), argv);
    assert.equal(curl.stdin().toString('utf8'), query);
  });

  test('a plain GET elsewhere keeps its stdin untouched', async () => {
    const curl = world.standIn('curl');
    const result = await runGuard(['curl', '-s', 'https://example.com/', '-d', '@-'], {
      cwd: project,
      env: world.env({ CI: 'true' }),
      input: 'a=1&b=2',
    });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(curl.argv(), ['-s', 'https://example.com/', '-d', '@-']);
    assert.equal(curl.stdin().toString('utf8'), 'a=1&b=2');
  });
});
