import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deletingAction, parseFind } from '../../../../src/core/tools/find/parse-find.js';

test('parseFind: starts, actions and whether a test narrows -delete', () => {
  assert.deepEqual(parseFind(['-L', '/a', '/b', '-name', 'x', '-delete']), {
    starts: ['/a', '/b'],
    execs: [],
    deleteAt: 5,
    narrowed: true,
    firstFilterAt: 3,
  });
  assert.deepEqual(parseFind(['/a', '-maxdepth', '1', '-delete']), {
    starts: ['/a'],
    execs: [],
    deleteAt: 3,
    narrowed: false,
    firstFilterAt: -1,
  });
  assert.deepEqual(parseFind(['-exec', 'rm', '{}', '+']), {
    starts: ['.'],
    execs: [{ action: '-exec', argv: ['rm', '{}'], at: 0 }],
    deleteAt: -1,
    narrowed: false,
    firstFilterAt: -1,
  });
});

test('parseFind: -type narrows for the unwrapper but is no name filter for the rule pack', () => {
  const find = parseFind(['/etc', '-type', 'f', '-delete', '-name', '*.conf']);
  assert.equal(find.narrowed, true);
  assert.equal(find.firstFilterAt, 4);
  assert.deepEqual(deletingAction(find), { action: '-delete', at: 3 });
});

test('deletingAction: the first deleting action, -exec of rm/shred/unlink or -delete; other -exec commands are not', () => {
  assert.deepEqual(
    deletingAction(parseFind(['.', '-exec', 'grep', 'x', '{}', ';', '-execdir', '/bin/rm', '{}', ';', '-delete'])),
    { action: '-execdir /bin/rm', at: 6 },
  );
  assert.deepEqual(deletingAction(parseFind(['.', '-delete', '-exec', 'rm', '{}', '+'])), { action: '-delete', at: 1 });
  assert.equal(deletingAction(parseFind(['.', '-exec', 'grep', '-l', 'rm', '{}', '+'])), undefined);
  // A test word inside -exec's command is the command's argument, not a find test.
  assert.equal(parseFind(['.', '-exec', 'rm', '-name', '{}', ';']).firstFilterAt, -1);
});
