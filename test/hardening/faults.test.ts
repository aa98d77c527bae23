// Faults around the real tool and the standard streams. Already covered elsewhere (not repeated):
// tool missing (prefix-mode), SIGTERM/hang-up at the prompt (typed-confirmation), broken audit
// directory (audit-trail, human-loop), signals forwarded (signals), invalid UTF-8 argv (prefix-mode).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUARD_BIN, runDetached, runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
before(() => {
  world = createTempWorld();
});
after(() => world.dispose());

function tool(name: string, content: string, mode = 0o755): string {
  const path = join(world.bin, name);
  writeFileSync(path, content);
  chmodSync(path, mode);
  return path;
}

test('the real tool not executable: 126 with a guard: line, for benign and destructive commands alike', async () => {
  tool('railway', '#!/bin/sh\ntouch ran\n', 0o644);
  for (const argv of [
    ['railway', 'status'],
    ['railway', 'volume', '-e', 'production', 'delete', '-v', 'pg-data'],
  ]) {
    const result = await runGuard(argv, { env: world.env(), cwd: world.root });
    assert.equal(result.code, 126, result.stderr);
    assert.match(result.stderr, /^guard: .*not executable/);
  }
});

test("the real tool's #! interpreter missing: 127 with a guard: line, not an internal error", async () => {
  tool('railway', '#!/nonexistent/interpreter\n');
  const result = await runGuard(['railway', 'status'], { env: world.env(), cwd: world.root });
  assert.equal(result.code, 127, result.stderr);
  assert.match(result.stderr, /^guard: .*could not be started.*nothing was run/);
  assert.doesNotMatch(result.stderr, /internal error|at /);
});

for (const [signal, number] of [
  ['KILL', 9],
  ['INT', 2],
  ['ABRT', 6],
  ['HUP', 1],
] as const) {
  test(`the real tool killed by SIG${signal}: guard leaves with 128+${number} (or the same signal)`, async () => {
    world.standIn('railway');
    const result = await runGuard(['railway', 'logs'], { env: world.env({ STANDIN_SIGNAL: signal }), cwd: world.root });
    // A parent shell sees 128+n either way: guard exits with it, or re-raises the signal itself.
    const seen = result.code ?? 128 + (result.signal === `SIG${signal}` ? number : -1000);
    assert.equal(seen, 128 + number, `code ${result.code} signal ${result.signal}`);
  });
}

test('stdin closed (<&-): a benign command runs with empty stdin; a destructive one is still refused', async () => {
  const railway = world.standIn('railway');
  const env = world.env();
  const benign = await runDetached(
    '/bin/sh',
    ['-c', `exec "$0" "$1" railway status <&-`, process.execPath, GUARD_BIN],
    { env, cwd: world.root },
  );
  assert.equal(benign.code, 0, benign.stderr);
  assert.equal(railway.ran(), true);
  assert.equal(railway.stdin().length, 0);
  const other = world.standIn('railway');
  const refused = await runDetached(
    '/bin/sh',
    ['-c', `exec "$0" "$1" railway volume -e production delete -v pg-data <&- >&- `, process.execPath, GUARD_BIN],
    { env, cwd: world.root },
  );
  assert.equal(refused.code, 77, refused.stderr);
  assert.equal(other.ran(), false);
});

test('binary stdin (every byte value, 1 MB) reaches a benign tool byte for byte', async () => {
  const railway = world.standIn('railway');
  const input = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < input.length; i++) input[i] = (i * 7919 + (i >> 8)) & 0xff;
  const result = await runGuard(['railway', 'status'], { env: world.env(), cwd: world.root, input });
  assert.equal(result.code, 0, result.stderr);
  assert.ok(railway.stdin().equals(input));
});

test("100 MB piped through guard to a benign tool: passes through whole, guard's memory stays bounded", (t) => {
  const time = '/usr/bin/time';
  const rssFile = join(world.records, 'rss');
  const sum = join(world.records, 'cksum');
  // The tool checksums its stdin; the pipe is written by dd, so the test itself never holds 100 MB.
  tool('railway', `#!/bin/sh\ncksum > '${sum}'\n`);
  const env = world.env();
  const pipeline = `dd if=/dev/urandom bs=1M count=100 status=none | tee '${join(world.records, 'input')}' | ${time} -f %M -o '${rssFile}' "$0" "$1" railway status`;
  const result = spawnSync('/bin/sh', ['-c', pipeline, process.execPath, GUARD_BIN], {
    env,
    cwd: world.root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(result.status, 0, result.stderr);
  const expected = spawnSync('cksum', [join(world.records, 'input')], { encoding: 'utf8' })
    .stdout.split(' ')
    .slice(0, 2)
    .join(' ');
  assert.equal(readFileSync(sum, 'utf8').trim().split(' ').slice(0, 2).join(' '), expected);
  const rssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  t.diagnostic(`max RSS of guard (and its largest child) passing 100 MB: ${(rssKb / 1024).toFixed(0)} MB`);
  assert.ok(rssKb < 150 * 1024, `${rssKb} kB`);
});

test('the stdin capture of stdin-reading packs: 100 MB of binary replays byte for byte, memory bounded by the analysis limit', (t) => {
  const capture = new URL('../../src/io/capture-stdin.js', import.meta.url).href;
  const script = join(world.root, 'capture.mjs');
  writeFileSync(
    script,
    `import { captureStdin } from ${JSON.stringify(capture)};\nimport { createHash } from 'node:crypto';\n` +
      `const c = captureStdin(); const h = createHash('sha256'); const s = c.open();\n` +
      `s.on('data', (d) => h.update(d)); s.on('end', () => { process.stdout.write(h.digest('hex') + ' ' + c.view.truncated); c.dispose(); });\n`,
  );
  const input = join(world.records, 'capture-input');
  const made = spawnSync('/bin/sh', ['-c', `dd if=/dev/urandom bs=1M count=100 status=none > '${input}'`]);
  assert.equal(made.status, 0);
  const expected = spawnSync('sha256sum', [input], { encoding: 'utf8' }).stdout.slice(0, 64);
  const rssFile = join(world.records, 'capture-rss');
  const result = spawnSync(
    '/bin/sh',
    ['-c', `/usr/bin/time -f %M -o '${rssFile}' "$0" '${script}' < '${input}'`, process.execPath],
    { encoding: 'utf8', timeout: 180_000 },
  );
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, `${expected} true`);
  const rssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  t.diagnostic(`max RSS capturing 100 MB of binary stdin: ${(rssKb / 1024).toFixed(0)} MB`);
  // 64 MB kept for analysis, its decoded text, and the runtime: bounded, whatever the input size.
  assert.ok(rssKb < 512 * 1024, `${rssKb} kB`);
});
