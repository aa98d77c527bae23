// Batch classification (`check --shell --stdin`) reads the files through a snapshot view that also
// keeps values derived from them; a live view never keeps anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cachedFileView, derived } from '../../src/core/cached-file-view.js';
import { indexPacks } from '../../src/core/classify.js';
import { exampleContext } from '../../src/core/example-context.js';
import { memoryFiles } from '../../src/core/memory-files.js';
import { classifyShellLine } from '../../src/core/shell/classify-line.js';
import { builtinPacks } from '../../rules/index.js';

test('derived values are computed once per key on a snapshot view, every time on a live one', () => {
  const live = memoryFiles({ files: { '/a': 'x' } });
  const snapshot = cachedFileView(live);
  let computed = 0;
  const compute = (): number => ++computed;
  assert.equal(derived(snapshot, 'k', compute), 1);
  assert.equal(derived(snapshot, 'k', compute), 1);
  assert.equal(derived(snapshot, 'other', compute), 2);
  assert.equal(derived(live, 'k', compute), 3);
  assert.equal(derived(live, 'k', compute), 4);
});

test('in a batch, rm is judged against the directory each line is in (places are kept per cwd)', () => {
  const index = indexPacks(builtinPacks);
  const ctx = exampleContext({ argv: [], dirs: ['/srv/app/build', '/srv/other'] });
  ctx.fs = cachedFileView(ctx.fs);
  const rules = (line: string): string[] => classifyShellLine(line, ctx, index).findings.map((f) => f.rule);
  // The same operand: inside the project from /srv/app, outside it from /srv/other.
  assert.deepEqual(rules('cd /srv/app && rm -rf build'), []);
  assert.deepEqual(rules('cd /srv/other && rm -rf /srv/app/build'), ['rm/outside-project']);
  assert.deepEqual(rules('cd /srv/app && rm -rf build'), []);
  assert.deepEqual(rules('rm -rf /home/user/project'), ['rm/current-directory']);
});

test('in a batch, a command judged before is judged again when its environment or input differs', () => {
  const index = indexPacks(builtinPacks);
  const ctx = exampleContext({ argv: [] });
  ctx.fs = cachedFileView(ctx.fs);
  const environments = (line: string): string[] =>
    classifyShellLine(line, ctx, index).findings.map((f) => `${f.rule}@${f.environment.name}`);
  const prod = environments('TF_WORKSPACE=prod terraform destroy -auto-approve');
  assert.equal(prod.length, 1);
  assert.match(prod[0] as string, /@prod$/);
  const staging = environments('export TF_WORKSPACE=staging; terraform destroy -auto-approve');
  assert.match(staging[0] as string, /@staging$/);
  assert.deepEqual(environments('TF_WORKSPACE=prod terraform destroy -auto-approve'), prod);
  assert.notDeepEqual(environments('terraform destroy -auto-approve'), prod);
  // Text on stdin is part of what is judged: never taken from an earlier line.
  assert.deepEqual(environments("echo 'SELECT 1' | psql"), []);
  assert.equal(environments("echo 'DROP TABLE users' | psql").length > 0, true);
});
