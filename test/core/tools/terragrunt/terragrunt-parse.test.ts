import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTerragrunt } from '../../../../src/core/tools/terragrunt/terragrunt-parse.js';

test('terragrunt: old and new CLI spellings of destroying every unit', () => {
  for (const argv of [
    ['run-all', 'destroy'],
    ['run', '--all', 'destroy'],
    ['run', '--all', '--', 'destroy'],
    ['destroy-all'],
    ['run', '--all', '--', 'apply', '-destroy'],
  ]) {
    const p = parseTerragrunt(argv);
    assert.ok(p.destroy && p.all, argv.join(' '));
  }
  const single = parseTerragrunt(['destroy', '--working-dir=live/prod']);
  assert.deepEqual([single.destroy, single.all, single.workingDir], [true, false, 'live/prod']);
  for (const argv of [
    ['run-all', 'plan', '-destroy'],
    ['run', '--all', 'apply'],
    ['output', 'destroy'],
    ['plan', '--', '-destroy'],
  ]) {
    assert.equal(parseTerragrunt(argv).destroy, false, argv.join(' '));
  }
});
