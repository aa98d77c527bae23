import { test } from 'node:test';
import assert from 'node:assert/strict';
import { optionValue } from '../../../../src/core/argv/parse-options.js';
import {
  commandWord,
  hasPath,
  operandAt,
  operandsFrom,
  parseRailway,
} from '../../../../src/core/tools/railway/parse-railway.js';

const first = (args: string[]) => parseRailway(args).readings[0]!;

test('every clap spelling of -e gives the same value', () => {
  for (const spelling of [['-e', 'prod'], ['-eprod'], ['-e=prod'], ['--environment', 'prod'], ['--environment=prod']]) {
    const reading = first(['volume', ...spelling, 'delete', '-v', 'data']);
    assert.equal(optionValue(reading.args, 'environment'), 'prod', spelling.join(' '));
    assert.deepEqual(reading.words, ['volume', 'delete'], spelling.join(' '));
  }
});

test('values of value-taking options are never read as subcommands', () => {
  assert.deepEqual(first(['volume', '-s', 'delete', 'list']).words, ['volume', 'list']);
  assert.deepEqual(first(['variable', '--set', 'NOTE=delete']).words, ['variable']);
  assert.deepEqual(first(['link', '-p', 'rm']).words, ['link']);
});

test('aliases map to one canonical command word', () => {
  const reading = first(['vars', 'rm', 'KEY']);
  assert.equal(commandWord(reading, 0), 'variable');
  assert.equal(commandWord(reading, 1), 'delete');
  assert.equal(commandWord(reading, 2), 'KEY');
  for (const word of ['env', 'environment']) assert.ok(hasPath(first([word, 'remove', 'x']), 'environment', 'delete'));
  for (const word of ['fn', 'function', 'functions'])
    assert.ok(hasPath(first([word, 'delete']), 'functions', 'delete'));
  assert.ok(hasPath(first(['volumes', 'delete']), 'volume', 'delete'));
  assert.ok(!hasPath(first(['volume', 'deleted']), 'volume', 'delete'));
});

test('words after -- belong to the wrapped command', () => {
  const reading = first(['run', '-s', 'api', '--', 'railway', 'volume', 'delete']);
  assert.deepEqual(reading.words, ['run']);
  const dashValue = first(['run', '-s', '--', 'delete']);
  assert.equal(optionValue(dashValue.args, 'service'), '--', 'a -- consumed as a value does not end options');
  assert.deepEqual(dashValue.words, ['run', 'delete']);
});

test('operands after -- still count as the operands of the subcommand, but never as subcommands', () => {
  const reading = first(['variable', 'delete', '--', 'KEY']);
  assert.deepEqual(reading.words, ['variable', 'delete']);
  assert.equal(operandAt(reading, 2), 'KEY');
  assert.deepEqual(operandsFrom(first(['postgres', 'pitr', 'backup', 'delete', 'a', '--', 'b']), 4), ['a', 'b']);
  assert.equal(hasPath(first(['volume', '--', 'delete']), 'volume', 'delete'), false);
});

test('an unknown option is read both as a flag and as taking a value', () => {
  const call = parseRailway(['volume', '--frobnicate', 'x', 'delete', '-v', 'data']);
  assert.deepEqual(call.unknown, ['--frobnicate']);
  assert.deepEqual(
    call.readings.map((r) => r.words),
    [
      ['volume', 'x', 'delete'],
      ['volume', 'delete'],
    ],
  );
  const known = parseRailway(['volume', '-e', 'prod', 'delete']);
  assert.equal(known.readings.length, 1);
});

test('help counts only when every reading sees it', () => {
  assert.equal(parseRailway(['delete', '--help']).help, true);
  assert.equal(parseRailway(['volume', 'delete', '-h']).help, true);
  assert.equal(parseRailway(['delete', '-p', 'shop']).help, false);
  assert.equal(parseRailway(['delete', '-p', '--help']).help, false, '--help as the value of -p is a project name');
  assert.equal(parseRailway(['delete', '--weird', '--help']).help, false, 'an unknown option may swallow --help');
  assert.equal(parseRailway(['run', '--', 'tool', '--help']).help, false);
});
