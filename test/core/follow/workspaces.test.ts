// npm workspaces: the script that runs is the workspace's own, found by path or package name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../src/core/example-context.js';
import { indexPacks } from '../../../src/core/classify.js';
import { analyseLine } from '../../../src/core/shell/analyse-line.js';
import { builtinPacks } from '../../../rules/index.js';

const index = indexPacks(builtinPacks);
const P = '/home/user/project';
const FILES: Record<string, string> = {
  [`${P}/package.json`]: JSON.stringify(
    { name: 'root', workspaces: ['packages/*', 'apps/**'], scripts: { 'db:reset': 'echo root', build: 'tsc -b' } },
    null,
    2,
  ),
  [`${P}/packages/api/package.json`]: JSON.stringify(
    { name: '@acme/api', scripts: { 'db:reset': 'rm -rf /srv/data', build: 'tsc' } },
    null,
    2,
  ),
  [`${P}/packages/web/package.json`]: JSON.stringify({ name: '@acme/web', scripts: { build: 'vite build' } }, null, 2),
  [`${P}/apps/admin/deep/package.json`]: JSON.stringify(
    { name: 'admin', scripts: { wipe: 'rm -rf /srv/uploads' } },
    null,
    2,
  ),
};

function rules(line: string, files = FILES): string[] {
  return analyseLine(line, exampleContext({ argv: [], files }), index).map((f) => `${f.rule} ${f.resource}`);
}

test('the finding names the workspace whose script destroys', () => {
  const [finding] = analyseLine('npm -w @acme/api run db:reset', exampleContext({ argv: [], files: FILES }), index);
  assert.ok(finding?.details.includes('in the workspace packages/api'), finding?.details.join(' | '));
});

const destructive: [string, RegExp][] = [
  ['npm -w @acme/api run db:reset', /^rm\/\S+ \/srv\/data$/],
  ['npm run db:reset -w packages/api', /^rm\/\S+ \/srv\/data$/],
  ['npm run db:reset --workspace=@acme/api', /^rm\/\S+ \/srv\/data$/],
  ['npm --workspaces run db:reset --if-present', /^rm\/\S+ \/srv\/data$/],
  ['npm run wipe -ws', /^rm\/\S+ \/srv\/uploads$/],
  ['npm -w admin run wipe', /^rm\/\S+ \/srv\/uploads$/],
  ['npm -w nosuch run db:reset', /^shell\/opaque-command /],
  ['yarn workspace @acme/api db:reset', /^rm\/\S+ \/srv\/data$/],
  ['yarn workspace @acme/api run db:reset', /^rm\/\S+ \/srv\/data$/],
];
for (const [line, expected] of destructive) {
  test(`workspaces, destructive: ${line}`, () => {
    const got = rules(line);
    assert.ok(
      got.some((r) => expected.test(r)),
      `got ${got.join(', ') || 'nothing'}`,
    );
  });
}

for (const line of [
  'npm run db:reset',
  'npm -w @acme/web run build',
  'npm run build --workspaces',
  'npm -w @acme/api run build',
  'npm -w @acme/web run db:reset',
  'yarn workspace @acme/web build',
  'yarn workspace @acme/api add left-pad',
]) {
  test(`workspaces, benign: ${line}`, () => {
    assert.deepEqual(rules(line), []);
  });
}
