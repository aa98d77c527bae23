import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runGuard } from '../helpers/run-guard.js';

test('guard rules lists packs and rules; guard rules list is the same', async () => {
  const plain = await runGuard(['rules']);
  const list = await runGuard(['rules', 'list']);
  assert.equal(plain.code, 0, plain.stderr);
  assert.equal(plain.stdout, list.stdout);
  assert.match(plain.stdout, /\n {2}gh\/repo-delete +gh repo delete: /);
});

test('guard rules show ID prints the reference; an unknown id is a usage error (64) with suggestions', async () => {
  const shown = await runGuard(['rules', 'show', 'supabase/db-reset-remote']);
  assert.equal(shown.code, 0, shown.stderr);
  assert.match(shown.stdout, /resource postgres; environment abcdprodref/);
  const unknown = await runGuard(['rules', 'show', 'supabase/reset']);
  assert.equal(unknown.code, 64);
  assert.match(unknown.stderr, /^guard: no rule "supabase\/reset"\. did you mean supabase\/db-reset-remote/);
});

test('guard rules test runs every built-in example and exits 0; --json carries the counts', async () => {
  const result = await runGuard(['rules', 'test', '--json']);
  assert.equal(result.code, 0, result.stdout);
  const report = JSON.parse(result.stdout) as { ok: boolean; checked: number; problems: unknown[] };
  assert.equal(report.ok, true);
  assert.ok(report.checked > 300);
  assert.deepEqual(report.problems, []);
});
