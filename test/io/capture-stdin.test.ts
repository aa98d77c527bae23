import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { captureStdin } from '../../src/io/capture-stdin.js';

async function drain(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

function withInput<T>(bytes: Buffer, run: (fd: number) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'guard-capture-test-'));
  const file = join(dir, 'in');
  writeFileSync(file, bytes);
  const fd = openSync(file, 'r');
  return run(fd).finally(() => {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  });
}

test('large binary input spills to disk, replays byte for byte, and the analysis view is capped and marked truncated', async () => {
  const input = randomBytes(6 * 1024 * 1024 + 123);
  await withInput(input, async (fd) => {
    const captured = captureStdin(fd, { memory: 1024 * 1024, analysis: 2 * 1024 * 1024 });
    try {
      assert.equal(captured.view.truncated, true);
      assert.ok(captured.view.text.length <= 2 * 1024 * 1024 + 4);
      assert.ok(Buffer.from(captured.view.text, 'utf8').length > 0);
      assert.ok((await drain(captured.open())).equals(input));
      assert.ok((await drain(captured.open())).equals(input), 'a second replay gives the same bytes');
    } finally {
      captured.dispose();
    }
  });
});

test('small input stays in memory, decodes multi-byte UTF-8 across reads, and is not truncated', async () => {
  const input = Buffer.from("SELECT 'é€😀';\n".repeat(70_000));
  await withInput(input, async (fd) => {
    const captured = captureStdin(fd);
    try {
      assert.equal(captured.view.truncated, false);
      assert.equal(captured.view.text, input.toString('utf8'));
      assert.ok((await drain(captured.open())).equals(input));
    } finally {
      captured.dispose();
    }
  });
});

test('empty input gives an empty view and an empty replay', async () => {
  await withInput(Buffer.alloc(0), async (fd) => {
    const captured = captureStdin(fd);
    assert.deepEqual(captured.view, { text: '', truncated: false });
    assert.equal((await drain(captured.open())).length, 0);
    captured.dispose();
  });
});
