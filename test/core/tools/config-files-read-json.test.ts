import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJsonFile } from '../../../src/core/tools/config-files/read-json.js';
import { exampleContext } from '../../../src/core/example-context.js';
import { builtinPacks } from '../../../rules/index.js';
import { classifyArgv, indexPacks } from '../../../src/core/classify.js';

const ctx = exampleContext({ argv: ['x'], files: { '/a.json': '\uFEFF{"k":1}', '/b.json': '{oops' } });

test('readJsonFile: absent → undefined, BOM tolerated, malformed → error value (never a throw)', () => {
  assert.equal(readJsonFile(ctx, '/none.json'), undefined);
  assert.deepEqual(readJsonFile(ctx, '/a.json'), { ok: true, value: { k: 1 } });
  const bad = readJsonFile(ctx, '/b.json');
  assert.equal(bad?.ok, false);
});

test('a malformed tool config makes the environment unknown with the reason as evidence', () => {
  const example = {
    argv: ['az', 'group', 'delete', '-n', 'rg'],
    files: { '/home/user/.azure/azureProfile.json': '{' },
  };
  const [finding] = classifyArgv(example.argv, exampleContext(example), indexPacks(builtinPacks)).findings;
  assert.equal(finding?.rule, 'az/group-delete');
  assert.equal(finding?.environment.name, 'unknown');
  assert.match(finding?.environment.evidence[0]?.detail ?? '', /azureProfile\.json could not be read/);
});
