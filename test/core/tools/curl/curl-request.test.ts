import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../../src/core/example-context.js';
import { curlConfigArgs } from '../../../../src/core/tools/curl/curl-config.js';
import { parseCurl } from '../../../../src/core/tools/curl/curl-request.js';
import { readBody } from '../../../../src/core/tools/http/http-request.js';
import { parseHttpie } from '../../../../src/core/tools/httpie/httpie-request.js';

test('curl: method, URLs and body parts the way curl builds them', () => {
  const r = parseCurl([
    '-sSL',
    '-o',
    'out.json',
    'https://a.example/x',
    '-d',
    'a=1',
    '--data-raw',
    '@literal',
    '-XPATCH',
    '--url',
    'b.example',
  ]);
  assert.equal(r.method, 'PATCH');
  assert.deepEqual(r.urls, ['https://a.example/x', 'b.example']);
  const ctx = exampleContext({ argv: [] });
  assert.deepEqual(readBody(r, ctx), { ok: true, text: 'a=1&@literal' });
  assert.equal(parseCurl(['-G', 'h', '-d', 'q=1']).method, 'GET');
  assert.equal(parseCurl(['-T', 'f', 'h']).method, 'PUT');
  assert.equal(parseCurl(['-I', 'h']).method, 'HEAD');
});

test('curl: -d @file strips newlines, --data-binary keeps them, --data-urlencode name@file encodes', () => {
  const ctx = exampleContext({ argv: [], files: { '/home/user/project/b.txt': 'x\ny\r\n' } });
  assert.deepEqual(readBody(parseCurl(['h', '-d', '@b.txt'], ctx), ctx), { ok: true, text: 'xy' });
  assert.deepEqual(readBody(parseCurl(['h', '--data-binary', '@b.txt'], ctx), ctx), { ok: true, text: 'x\ny\r\n' });
  assert.deepEqual(readBody(parseCurl(['h', '--data-urlencode', 'q@b.txt'], ctx), ctx), {
    ok: true,
    text: 'q=x%0Ay%0D%0A',
  });
  assert.deepEqual(readBody(parseCurl(['h', '--data-urlencode', 'q=a b'], ctx), ctx), { ok: true, text: 'q=a%20b' });
  assert.equal(
    readBody(parseCurl(['h', '-d', '@-'], ctx), ctx).ok,
    false,
    'stdin that was not captured cannot be read',
  );
});

test('curl config files: long names with or without dashes, quoted values with escapes, comments', () => {
  assert.deepEqual(
    curlConfigArgs('# c\nurl = "https://h/x"\n--header "A: b"\nX DELETE\nsilent\ndata="{\\"q\\":1}"\n'),
    ['--url', 'https://h/x', '--header', 'A: b', '-X', 'DELETE', '--silent', '--data', '{"q":1}'],
  );
});

test('httpie: method word, header, JSON and raw-JSON items', () => {
  const ctx = exampleContext({ argv: [] });
  const r = parseHttpie(
    ['--timeout', '5', 'put', 'h/x', 'Project-Access-Token:t', 'a=1', 'b:=[1,2]', 'q==ignored'],
    ctx,
  );
  assert.equal(r.method, 'PUT');
  assert.deepEqual(r.urls, ['h/x']);
  assert.deepEqual(r.headers, ['Project-Access-Token: t']);
  assert.deepEqual(readBody(r, ctx), { ok: true, text: '{"a":"1","b":[1,2]}' });
  assert.equal(parseHttpie(['h/x'], ctx).method, 'GET');
});
