// Memory bound per input channel: 8 MiB of one statement (command, call) per line is judged in a
// child whose V8 heap is capped at 32 MiB, four times the input (which lives in that heap); a followed
// script of 2 MiB under 20 MiB. Before the splitters streamed, each held one object per statement and
// died out of memory under that cap (the hook channel would have failed open). Peak RSS above the empty input is measured by bench/growth.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const child = fileURLToPath(new URL('../helpers/stdin-memory-child.js', import.meta.url));
for (const [tool, expected, INPUT_MIB, HEAP_MIB] of [
  ['redis-cli', 'allow 0', 8, 32],
  ['mongosh', 'allow 0', 8, 32],
  ['mysql', 'allow 0', 8, 32],
  ['sqlite3', 'allow 0', 8, 32],
  // Every UPDATE asks for the parser, which this first pass has not loaded: the 3 findings kept say so.
  ['psql', 'confirm 3', 8, 32],
  // Script following is slower per byte: 2 MiB (58,000 lines) under a 20 MiB cap (the old code needed more).
  ['bash FILE', 'allow 0', 2, 20],
] as const) {
  test(`${tool}: ${INPUT_MIB} MiB of one command per line judged within a ${HEAP_MIB} MiB heap`, () => {
    const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, child, tool, String(INPUT_MIB)], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    });
    assert.equal(
      run.status,
      0,
      `exit ${run.status} ${run.signal ?? ''}: ${run.stderr.split('\n').find((l) => l.includes('FATAL')) ?? run.stderr.slice(-400)}`,
    );
    assert.equal(run.stdout.trim(), expected);
  });
}

test('check --shell --stdin: a batch of 100,000 different lines within a 40 MiB heap (the per-batch caches are bounded)', () => {
  const home = mkdtempSync(join(tmpdir(), 'guard-batch-memory-'));
  try {
    const guard = fileURLToPath(new URL('../../../bin/guard.js', import.meta.url));
    const input = Array.from({ length: 100_000 }, (_, i) => `git status --short dir${i} && ls -la d${i}\n`).join('');
    const run = spawnSync(process.execPath, ['--max-old-space-size=40', guard, 'check', '--shell', '--stdin'], {
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      env: { PATH: '/usr/bin:/bin', HOME: home },
    });
    assert.equal(
      run.status,
      0,
      `exit ${run.status} ${run.signal ?? ''}: ${run.stderr.split('\n').find((l) => l.includes('FATAL')) ?? run.stderr.slice(-400)}`,
    );
    assert.equal(run.stdout.split('\n').filter((l) => l.startsWith('guard: allow: ')).length, 100_000);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
