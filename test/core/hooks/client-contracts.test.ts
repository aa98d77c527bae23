// Gemini CLI's and Cursor's contracts, the call's own directory, the `ask` option and interactive openers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerHook } from '../../../src/core/hooks/agent-hooks.js';
import { exampleContext } from '../../../src/core/example-context.js';
import type { Context, Decision } from '../../../src/core/types.js';
import { formatHookAnswer } from '../../../src/core/hooks/agent-hooks.js';
import { fakeIndex } from '../../helpers/fake-packs.js';

const at = (cwd: string | undefined): Context => exampleContext({ argv: [], cwd });
const gemini = (input: Record<string, unknown>): string =>
  JSON.stringify({
    hook_event_name: 'BeforeTool',
    tool_name: 'run_shell_command',
    tool_input: input,
    cwd: '/home/user/project',
  });

test('gemini: a destructive run_shell_command gets a top-level deny with the reason', () => {
  const answer = answerHook('gemini', gemini({ command: 'rm -rf ~', description: 'clean' }), at, fakeIndex);
  const parsed = JSON.parse(answer.stdout) as Record<string, unknown>;
  assert.equal(parsed.decision, 'deny');
  assert.match(String(parsed.reason), /^guard: refused `rm -rf ~`/);
  assert.equal(parsed.hookSpecificOutput, undefined, 'Gemini ignores hookSpecificOutput');
});

test('gemini: benign is silence; another tool is silence; a malformed payload is denied', () => {
  assert.equal(answerHook('gemini', gemini({ command: 'ls -la' }), at, fakeIndex).stdout, '');
  assert.equal(
    answerHook('gemini', JSON.stringify({ tool_name: 'read_file', tool_input: { path: 'x' } }), at, fakeIndex).stdout,
    '',
  );
  assert.equal(
    JSON.parse(
      answerHook('gemini', JSON.stringify({ tool_name: 'run_shell_command', tool_input: {} }), at, fakeIndex).stdout,
    ).decision,
    'deny',
  );
});

test("the call's own directory (Gemini dir_path, Codex/OpenCode workdir) is where relative paths point", () => {
  const seen: (string | undefined)[] = [];
  const spy = (cwd: string | undefined): Context => (seen.push(cwd), at(cwd));
  answerHook('gemini', gemini({ command: 'ls', dir_path: 'sub' }), spy, fakeIndex);
  answerHook(
    'claude-code',
    JSON.stringify({
      tool_name: 'Bash',
      tool_input: { command: 'ls', workdir: '/home/user' },
      cwd: '/home/user/project',
    }),
    spy,
    fakeIndex,
  );
  assert.deepEqual(seen, ['/home/user/project/sub', '/home/user']);
});

test('cursor: an empty cwd falls back to the workspace root; benign gets allow (silence would be a failure with failClosed)', () => {
  const seen: (string | undefined)[] = [];
  const answer = answerHook(
    'cursor',
    JSON.stringify({ command: 'ls', cwd: '', workspace_roots: ['/w'] }),
    (cwd) => (seen.push(cwd), at(cwd)),
    fakeIndex,
  );
  assert.deepEqual(seen, ['/w']);
  assert.deepEqual(JSON.parse(answer.stdout), { permission: 'allow' });
});

test('a bare interactive opener is denied as opaque (what is typed into it later never reaches the hook)', () => {
  const answer = answerHook(
    'codex',
    JSON.stringify({ tool_name: 'Bash', tool_input: { command: 'psql' }, cwd: '/p' }),
    at,
    fakeIndex,
  );
  assert.match(JSON.parse(answer.stdout).hookSpecificOutput.permissionDecisionReason, /interactive session/);
});

function decisionIn(environment: {
  name: string;
  production: boolean;
  source: 'config' | 'unknown' | 'flag';
}): Decision {
  const finding = {
    rule: 'railway/down',
    tool: 'railway',
    resource: 'api',
    environment: { kind: 'named' as const, ...environment, evidence: [{ source: environment.source, detail: 'x' }] },
    kind: 'rule' as const,
    message: 'takes {{resource}} offline',
    details: [],
    warnings: [],
  };
  return { decision: 'confirm', findings: [finding] };
}

test('ask (opt-in): only Claude Code, only when the config itself marks every environment non-production', () => {
  const staging = decisionIn({ name: 'staging', production: false, source: 'config' });
  const ask = (agent: 'claude-code' | 'cursor', d: Decision): string =>
    formatHookAnswer(agent, 'railway down', d, { askOutsideProduction: true }).stdout;
  assert.equal(JSON.parse(ask('claude-code', staging)).hookSpecificOutput.permissionDecision, 'ask');
  assert.equal(
    JSON.parse(ask('claude-code', decisionIn({ name: 'production', production: true, source: 'flag' })))
      .hookSpecificOutput.permissionDecision,
    'deny',
  );
  assert.equal(
    JSON.parse(ask('claude-code', decisionIn({ name: 'unknown', production: false, source: 'unknown' })))
      .hookSpecificOutput.permissionDecision,
    'deny',
    'a guess is never enough',
  );
  assert.equal(JSON.parse(ask('cursor', staging)).permission, 'deny', "Cursor's ask is ignored in Auto-review mode");
  assert.equal(
    JSON.parse(formatHookAnswer('claude-code', 'railway down', staging).stdout).hookSpecificOutput.permissionDecision,
    'deny',
    'off by default',
  );
});
