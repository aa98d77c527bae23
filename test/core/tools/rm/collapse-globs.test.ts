import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../../src/core/example-context.js';
import { collapseExpandedGlobs } from '../../../../src/core/tools/rm/collapse-globs.js';
import { resolveOperand } from '../../../../src/core/tools/rm/resolve-operand.js';

const ctx = exampleContext({ argv: ['rm'], dirs: ['/w/a', '/w/b', '/w/.hidden', '/one/only'] });
const collapse = (ops: string[]) =>
  collapseExpandedGlobs(
    ops.map((o) => resolveOperand(o, ctx)),
    ctx,
  );

test('every visible entry of a directory collapses to DIR/*', () => {
  const out = collapse(['/w/a', '/w/b']);
  assert.equal(out.length, 1);
  assert.equal(out[0]?.display, '/w/*');
  assert.equal(out[0]?.wholeDirectory, 'expanded-glob');
});

test('a partial list stays as separate operands', () => {
  assert.deepEqual(
    collapse(['/w/a', '/x']).map((t) => t.display),
    ['/w/a', '/x'],
  );
});

test('a directory with a single entry is never collapsed', () => {
  assert.deepEqual(
    collapse(['/one/only']).map((t) => t.display),
    ['/one/only'],
  );
});

test('other operands are kept next to the collapsed directory', () => {
  assert.deepEqual(
    collapse(['/w/b', '/tmp/z', '/w/a']).map((t) => t.display),
    ['/w/*', '/tmp/z'],
  );
});
