import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRmOptions, parseUnlinkOptions } from '../../../../src/core/tools/rm/rm-options.js';

const parse = (args: string[], env: Record<string, string> = {}) => parseRmOptions(args, env);

test('every recursive spelling is recursive', () => {
  for (const args of [['-r'], ['-R'], ['-rf'], ['-fr'], ['-vRf'], ['--recursive'], ['--rec'], ['--r'], ['-f', '-r']]) {
    assert.equal(parse([...args, 'x']).recursive, true, args.join(' '));
  }
  assert.equal(parse(['-f', '-v', '-d', 'x']).recursive, false);
});

test('options after operands count (GNU permutation) unless POSIXLY_CORRECT', () => {
  assert.deepEqual(parse(['dir', '-rf']).operands, ['dir']);
  assert.equal(parse(['dir', '-rf']).recursive, true);
  const posix = parse(['dir', '-rf'], { POSIXLY_CORRECT: '1' });
  assert.equal(posix.recursive, false);
  assert.deepEqual(posix.operands, ['dir', '-rf']);
});

test('-- ends options: later dashes are file names', () => {
  const parsed = parse(['-f', '--', '-rf', '/']);
  assert.equal(parsed.recursive, false);
  assert.deepEqual(parsed.operands, ['-rf', '/']);
});

test('--no-preserve-root counts only unabbreviated, as rm enforces', () => {
  assert.equal(parse(['-rf', '--no-preserve-root', '/']).noPreserveRoot, true);
  assert.equal(parse(['-rf', '--no-preserve', '/']).noPreserveRoot, false);
});

test('the last of -f, -i, -I, --interactive decides whether rm prompts', () => {
  assert.equal(parse(['-f', 'x']).skipsPrompts, true);
  assert.equal(parse(['-f', '-i', 'x']).skipsPrompts, false);
  assert.equal(parse(['-i', '-f', 'x']).skipsPrompts, true);
  assert.equal(parse(['--interactive=never', 'x']).skipsPrompts, true);
  assert.equal(parse(['--interactive=nev', 'x']).skipsPrompts, true);
  assert.equal(parse(['--interactive=always', 'x']).skipsPrompts, false);
  assert.equal(parse(['--force', '--interactive', 'x']).skipsPrompts, false);
});

test('--help and --version anywhere make rm informational', () => {
  assert.equal(parse(['-rf', '/', '--help']).informational, true);
  assert.equal(parse(['--vers']).informational, true);
  assert.equal(parse(['-rf', '--', '--help']).informational, false);
});

test('unlink: operands only, never recursive', () => {
  const parsed = parseUnlinkOptions(['-rf', 'x'], {});
  assert.equal(parsed.recursive, false);
  assert.deepEqual(parsed.operands, ['x']);
  assert.equal(parseUnlinkOptions(['--help'], {}).informational, true);
});
