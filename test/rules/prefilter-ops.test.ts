// The ops packs' prefilters are conservative (every destructive example trips them) and everyday
// runner usage (npx tsc, python script.py, php -v) stays below them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../rules/index.js';
import { trips } from '../helpers/prefilter-reading.js';
import { describeExample } from '../../src/core/rule-tester.js';

const MINE = ['aws', 'gcloud', 'az', 'heroku', 'fly', 'supabase', 'vercel', 'gh', 'find', 'rsync', 'shred', 'dd', 'mkfs', 'wipefs', 'truncate', 'cdk', 'npx', 'rails', 'django', 'laravel', 'mix', 'terragrunt', 'pulumi'];


const pack = (tool: string) => {
  const found = builtinPacks.find((p) => p.tool === tool);
  assert.ok(found, `pack ${tool} is registered`);
  return found;
};

for (const tool of MINE) {
  test(`rules/${tool}: the prefilter lets no destructive example through`, () => {
    const p = pack(tool);
    for (const rule of p.rules) {
      for (const example of rule.examples.destructive) {
        assert.ok(trips(p.prefilter, example.argv.slice(1), example), `${rule.id}: ${describeExample(example)} passes the prefilter`);
      }
    }
  });
}

test('everyday runner and CLI usage stays below the prefilter', () => {
  const everyday: [string, string[]][] = [
    ['npx', ['tsc', '--noEmit']],
    ['npx', ['prisma', 'generate']],
    ['django', ['script.py']],
    ['django', ['-m', 'pytest']],
    ['laravel', ['-v']],
    ['laravel', ['artisan', 'migrate']],
    ['rails', ['server']],
    ['mix', ['test']],
    ['aws', ['s3', 'ls']],
    ['gcloud', ['config', 'list']],
    ['gh', ['pr', 'list']],
    ['rsync', ['-a', 'src/', 'dst/']],
    ['find', ['.', '-name', '*.ts']],
    ['dd', ['if=/dev/zero', 'bs=1M', 'count=1']],
    ['pulumi', ['up', '--yes']],
  ];
  for (const [tool, args] of everyday) assert.equal(trips(pack(tool).prefilter, args), false, `${tool} ${args.join(' ')} trips the prefilter`);
});
