// Memory bound per stdin channel: 8 MiB of one statement (command, call) per line is judged in a
// child whose V8 heap is capped at 32 MiB, four times the input (which lives in that heap). Before the
// splitters streamed, each held one object per statement and died out of memory under that cap (the
// hook channel would have failed open). Peak RSS above the empty input is measured by bench/growth.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const child = fileURLToPath(new URL('../helpers/stdin-memory-child.js', import.meta.url));
const INPUT_MIB = 8;
const HEAP_MIB = 4 * INPUT_MIB;

for (const [tool, expected] of [
  ['redis-cli', 'allow 0'],
  ['mongosh', 'allow 0'],
  ['mysql', 'allow 0'],
  ['sqlite3', 'allow 0'],
  // Every UPDATE asks for the parser, which this first pass has not loaded: the 3 findings kept say so.
  ['psql', 'confirm 3'],
] as const) {
  test(`${tool}: ${INPUT_MIB} MiB of statements on stdin judged within a ${HEAP_MIB} MiB heap`, () => {
    const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, child, tool, String(INPUT_MIB)], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
    assert.equal(run.status, 0, `exit ${run.status} ${run.signal ?? ''}: ${run.stderr.split('\n').find((l) => l.includes('FATAL')) ?? run.stderr.slice(-400)}`);
    assert.equal(run.stdout.trim(), expected);
  });
}
