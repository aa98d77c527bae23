// Users' custom rules are written in the catalogue's format: alternatives and `*` in the command
// path, exceptions with reasons, SQL, undo; they load through the config schema and pass the same tester.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyArgv, indexPacks } from '../../../src/core/classify.js';
import { activeRules } from '../../../src/core/config/active-rules.js';
import { mergeLayers } from '../../../src/core/config/merge-layers.js';
import { exampleContext } from '../../../src/core/example-context.js';
import { listRules } from '../../../src/cli/rules-reference.js';
import { dbDropRule } from '../../helpers/custom-rule.js';
import { input, PROJECT } from '../../helpers/config-input.js';

const catalogueStyle = dbDropRule({
  id: 'mytool/db-destroy',
  when: {
    args: ['db', ['drop', 'purge', 'wipe-*'], '*'],
    unlessFlags: ['--dry-run', '--help'],
    except: [{ args: ['db', 'wipe-cache'], reason: 'the cache rebuilds itself' }],
  },
  undo: 'restore the nightly dump',
});

test('a custom rule in the catalogue format loads, passes its examples, and matches alternatives, patterns and exceptions', () => {
  const merged = mergeLayers(undefined, [input(PROJECT, 'project', { rules: [catalogueStyle] })], '/home/user');
  const active = activeRules([], merged);
  assert.deepEqual(active.problems, []);
  const index = indexPacks(active.packs);
  const run = (argv: string[]) => classifyArgv(argv, exampleContext({ argv }, merged.config), index);
  assert.equal(run(['mytool', 'db', 'purge', 'users']).findings[0]?.resource, 'users');
  assert.equal(run(['mytool', 'db', 'wipe-all', 'users']).decision, 'confirm');
  assert.equal(run(['mytool', 'db', 'wipe-cache', 'users']).decision, 'allow');
  assert.equal(run(['mytool', 'db', 'list', 'users']).decision, 'allow');
  const rule = active.packs[0]?.rules[0];
  assert.match(rule?.rationale ?? '', /Undo: restore the nightly dump\./);
  assert.deepEqual(rule?.exceptions, ['db wipe-cache: the cache rebuilds itself']);
  assert.match(listRules(active.packs)[0] ?? '', /covering 2 destructive operations/);
});

test('an exception without a reason is a config problem', () => {
  const bad = dbDropRule({ when: { args: ['db', 'drop'], except: [{ args: ['db', 'drop', 'tmp'] }] } });
  assert.throws(() => input(PROJECT, 'project', { rules: [bad] }), /reason/);
});
