// Each pack's PrefilterSpec must be conservative: every destructive example trips at least one condition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../rules/index.js';
import { trips } from '../helpers/prefilter-reading.js';
import { describeExample } from '../../src/core/rule-tester.js';


const MINE = new Set(['curl', 'wget', 'httpie', 'xh', 'git', 'kubectl', 'helm', 'docker', 'docker-compose']);

for (const pack of builtinPacks.filter((p) => MINE.has(p.tool))) {
  test(`rules/${pack.tool}: the prefilter lets no destructive example through`, () => {
    for (const rule of pack.rules) {
      for (const example of rule.examples.destructive) {
        assert.ok(trips(pack.prefilter, example.argv.slice(1), example), `${rule.id}: ${describeExample(example)} passes the prefilter`);
      }
    }
  });
}

// (`git checkout` always takes the full check: `git checkout FILE` discards uncommitted changes.)
test('git: everyday commands stay below the prefilter', () => {
  const git = builtinPacks.find((p) => p.tool === 'git');
  assert.ok(git);
  for (const args of [['status'], ['commit', '-m', 'drop table users'], ['push'], ['push', 'origin', 'main'], ['pull', '--rebase'], ['log', '--oneline', '-n', '5'], ['add', '-A'], ['switch', '-c', 'x'], ['switch', 'main'], ['diff', '--stat']]) {
    assert.equal(trips(git.prefilter, args, {}), false, `git ${args.join(' ')} trips the prefilter`);
  }
});
