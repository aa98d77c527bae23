// Start-up cost does not grow with the catalogue: a tool's data is loaded only when one of its
// commands is judged (or its rules are listed), and at most once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lazyPack } from '../../../src/core/catalogue/lazy-pack.js';
import type { CatalogueTool } from '../../../src/core/catalogue/operation-spec.js';
import { classifyArgv, indexPacks } from '../../../src/core/classify.js';
import { exampleContext } from '../../../src/core/example-context.js';

const data = (): CatalogueTool => ({
  tool: 'widget',
  commands: ['widget'],
  docs: 'https://example.com/widget',
  environment: { flag: '--env', kind: 'other' },
  operations: [
    {
      id: 'widget/destroy',
      summary: 'widget destroy',
      message: 'Destroys {{resource}} in {{environment}}.',
      rationale: 'Gone at once.',
      safer: 'Export first.',
      undo: 'no undo',
      when: { args: ['destroy', '*'] },
      resource: { positional: 1 },
      examples: { destructive: [{ argv: ['widget', 'destroy', 'w1'] }], benign: [{ argv: ['widget', 'list'] }] },
    },
  ],
});

test('a lazy pack loads its data on the first judgement of its command, once', () => {
  let loads = 0;
  const pack = lazyPack({ tool: 'widget', commands: ['widget'], load: () => (loads++, data()) });
  const index = indexPacks([pack]);
  const judge = (argv: string[]) => classifyArgv(argv, exampleContext({ argv }), index);
  assert.equal(loads, 0, 'indexing reads names only');
  assert.equal(judge(['ls', '-la']).decision, 'allow');
  assert.equal(loads, 0, 'another command does not load it');
  const d = judge(['widget', 'destroy', 'w1', '--env', 'prod']);
  assert.equal(d.findings[0]?.resource, 'w1');
  assert.equal(d.findings[0]?.environment.name, 'prod');
  assert.equal(judge(['widget', 'list']).decision, 'allow');
  assert.equal(loads, 1);
});

test('an index entry that disagrees with its data fails loudly on first use', () => {
  const pack = lazyPack({ tool: 'widget', commands: ['widget', 'wdg'], load: data });
  assert.throws(() => pack.rules, /does not match its data/);
});
