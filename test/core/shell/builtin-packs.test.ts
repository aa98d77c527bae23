// The shell-line analysis with the real built-in packs (the other tests use small stand-ins).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../../rules/index.js';
import { indexPacks, packFor } from '../../../src/core/classify.js';
import { judge } from '../../helpers/shell-world.js';

const index = indexPacks(builtinPacks);
const has = (tool: string): boolean => packFor(index, tool) !== undefined;
const tools = (line: string, world = {}): string[] => [
  ...new Set(judge(line, world, index).map((f) => f.split('/')[0] ?? '')),
];

test('rm through wrappers and nested shells', { skip: !has('rm') }, () => {
  for (const line of [
    'sudo rm -rf ~',
    'bash -c "rm -rf /usr"',
    'cd / && rm -rf *',
    'find ~ -delete',
    'python3 -c "import shutil; shutil.rmtree(\'/home/user\')"',
    'xargs rm -rf < list',
  ]) {
    assert.ok(
      ['rm', 'shell', 'find'].some((t) => tools(line).includes(t)),
      line,
    );
  }
  for (const line of [
    'echo "rm -rf /"',
    'rm -rf node_modules dist build coverage',
    'find . -name "*.pyc" -delete',
    'cat <<EOF\nrm -rf /\nEOF',
  ]) {
    assert.deepEqual(judge(line, {}, index), [], line);
  }
});

test('terraform: the workspace from an assignment or export earlier in the line', { skip: !has('terraform') }, () => {
  const found = judge(
    'cd infra && TF_WORKSPACE=prod terraform destroy -auto-approve',
    { dirs: ['/home/user/project/infra'] },
    index,
  );
  assert.ok(
    found.some((f) => f.startsWith('terraform/') && f.endsWith('@prod')),
    found.join(', '),
  );
  assert.deepEqual(judge('terraform plan && echo terraform destroy', {}, index), []);
});

test('railway through bash -c keeps its -e environment', { skip: !has('railway') }, () => {
  const found = judge("bash -c 'railway volume -e production delete -v pg-data --yes'", {}, index);
  assert.ok(
    found.some((f) => f.startsWith('railway/') && f.endsWith('@production')),
    found.join(', '),
  );
});
