// Recorded hook payloads (test/fixtures/hooks/*.json) and the exact answers guard must print
// (*.answer; empty = silence, which leaves the agent's own permission rules in charge).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerHook, type Agent } from '../../../src/core/hooks/agent-hooks.js';
import { exampleContext } from '../../../src/core/example-context.js';
import { fakeIndex } from '../../helpers/fake-packs.js';

const dir = fileURLToPath(new URL('../../../../test/fixtures/hooks/', import.meta.url));

const fixtures: [Agent, string, 'deny' | 'silent' | 'allow'][] = [
  ['claude-code', 'claude-code-destructive', 'deny'],
  ['claude-code', 'claude-code-benign', 'silent'],
  ['claude-code', 'claude-code-other-tool', 'silent'],
  ['claude-code', 'claude-code-opaque', 'deny'],
  ['claude-code', 'claude-code-malformed', 'deny'],
  ['codex', 'codex-destructive', 'deny'],
  ['cursor', 'cursor-destructive', 'deny'],
  ['cursor', 'cursor-benign', 'allow'],
];

for (const [agent, name, kind] of fixtures) {
  test(`hook ${agent}: ${name} → ${kind}`, () => {
    const payload = readFileSync(`${dir}${name}.json`, 'utf8');
    const expected = readFileSync(`${dir}${name}.answer`, 'utf8');
    const answer = answerHook(agent, payload, (cwd) => exampleContext({ argv: [], cwd }), fakeIndex);
    assert.equal(answer.exitCode, 0);
    assert.equal(answer.stdout, expected);
    if (kind === 'silent') return assert.equal(answer.stdout, '');
    const parsed = JSON.parse(answer.stdout) as Record<string, any>;
    if (agent === 'cursor') assert.equal(parsed.permission, kind);
    else {
      assert.equal(parsed.hookSpecificOutput.hookEventName, 'PreToolUse');
      assert.equal(parsed.hookSpecificOutput.permissionDecision, 'deny');
      assert.match(parsed.hookSpecificOutput.permissionDecisionReason, /ask them to run it themselves|could not read/);
    }
  });
}

test('a destructive line is never answered with allow, whatever the agent', () => {
  for (const agent of ['claude-code', 'codex', 'cursor'] as const) {
    const payload =
      agent === 'cursor'
        ? JSON.stringify({ command: 'rm -rf ~', cwd: '/home/user/project' })
        : JSON.stringify({ tool_name: 'Bash', tool_input: { command: 'rm -rf ~' }, cwd: '/home/user/project' });
    const answer = answerHook(agent, payload, (cwd) => exampleContext({ argv: [], cwd }), fakeIndex);
    assert.match(answer.stdout, /"deny"/);
    assert.doesNotMatch(answer.stdout, /"allow"/);
  }
});

test('an argv-shaped command (["bash", "-lc", LINE]) is judged like the line', () => {
  const payload = JSON.stringify({
    tool_name: 'Bash',
    tool_input: { command: ['bash', '-lc', 'cd / && rm -rf *'] },
    cwd: '/home/user/project',
  });
  assert.match(answerHook('codex', payload, (cwd) => exampleContext({ argv: [], cwd }), fakeIndex).stdout, /"deny"/);
  const benign = JSON.stringify({
    tool_name: 'Bash',
    tool_input: { command: ['bash', '-lc', 'ls -la'] },
    cwd: '/home/user/project',
  });
  assert.equal(answerHook('codex', benign, (cwd) => exampleContext({ argv: [], cwd }), fakeIndex).stdout, '');
});

test('the payload cwd is where the line is judged', () => {
  const payload = JSON.stringify({ tool_name: 'Bash', tool_input: { command: 'rm -rf *' }, cwd: '/' });
  assert.match(
    answerHook('claude-code', payload, (cwd) => exampleContext({ argv: [], cwd }), fakeIndex).stdout,
    /"deny"/,
  );
  const inside = JSON.stringify({
    tool_name: 'Bash',
    tool_input: { command: 'rm -rf build/*' },
    cwd: '/home/user/project',
  });
  assert.equal(answerHook('claude-code', inside, (cwd) => exampleContext({ argv: [], cwd }), fakeIndex).stdout, '');
});
