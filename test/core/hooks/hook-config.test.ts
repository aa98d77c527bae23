import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addGuardHook, HOOK_TIMEOUT_SECONDS, hookSettingsPath } from '../../../src/core/hooks/hook-config.js';

test('claude-code: adds guard FIRST with a timeout and onFailure block, keeping every existing setting and hook', () => {
  const existing = {
    model: 'opus',
    permissions: { allow: ['Bash(ls:*)'] },
    hooks: { PreToolUse: [{ matcher: 'Write', hooks: [{ type: 'command', command: 'fmt' }] }], Stop: [] },
  };
  const { json, changed } = addGuardHook('claude-code', existing, 'guard hook claude-code || exit 2');
  assert.equal(changed, true);
  assert.deepEqual(json, {
    model: 'opus',
    permissions: { allow: ['Bash(ls:*)'] },
    hooks: {
      PreToolUse: [
        {
          matcher: 'Bash',
          hooks: [
            {
              type: 'command',
              command: 'guard hook claude-code || exit 2',
              timeout: HOOK_TIMEOUT_SECONDS,
              onFailure: 'block',
            },
          ],
        },
        { matcher: 'Write', hooks: [{ type: 'command', command: 'fmt' }] },
      ],
      Stop: [],
    },
  });
  assert.deepEqual(existing.hooks.PreToolUse.length, 1, 'the input is not modified');
  assert.equal(addGuardHook('claude-code', json, 'guard hook claude-code || exit 2').changed, false, 'idempotent');
});

test('an entry written by an older guard (no timeout, no onFailure, last) is replaced, not duplicated', () => {
  const old = {
    hooks: {
      PreToolUse: [
        { matcher: 'Write', hooks: [{ type: 'command', command: 'fmt' }] },
        { matcher: 'Bash', hooks: [{ type: 'command', command: 'guard hook claude-code || exit 2' }] },
      ],
    },
  };
  const { json } = addGuardHook('claude-code', old, 'guard hook claude-code || exit 2');
  assert.deepEqual((json.hooks as any).PreToolUse, [
    {
      matcher: 'Bash',
      hooks: [
        {
          type: 'command',
          command: 'guard hook claude-code || exit 2',
          timeout: HOOK_TIMEOUT_SECONDS,
          onFailure: 'block',
        },
      ],
    },
    { matcher: 'Write', hooks: [{ type: 'command', command: 'fmt' }] },
  ]);
});

test('gemini: a BeforeTool hook on run_shell_command with a timeout in milliseconds', () => {
  assert.deepEqual(addGuardHook('gemini', { general: { vimMode: true } }, 'guard hook gemini || exit 2').json, {
    general: { vimMode: true },
    hooks: {
      BeforeTool: [
        {
          matcher: 'run_shell_command',
          hooks: [{ type: 'command', command: 'guard hook gemini || exit 2', timeout: HOOK_TIMEOUT_SECONDS * 1000 }],
        },
      ],
    },
  });
});

test('codex: same shape as Claude Code, with a timeout (its deadline is in the command: Codex fails open on a timeout)', () => {
  assert.deepEqual((addGuardHook('codex', {}, 'timeout 20 guard hook codex || exit 2').json.hooks as any).PreToolUse, [
    {
      matcher: 'Bash',
      hooks: [{ type: 'command', command: 'timeout 20 guard hook codex || exit 2', timeout: HOOK_TIMEOUT_SECONDS }],
    },
  ]);
});

test('cursor: guard FIRST, failClosed, with a timeout; an older entry of guard is moved, not duplicated', () => {
  assert.deepEqual(addGuardHook('cursor', {}, 'guard hook cursor || exit 2').json, {
    hooks: {
      beforeShellExecution: [
        { command: 'guard hook cursor || exit 2', timeout: HOOK_TIMEOUT_SECONDS, failClosed: true },
      ],
    },
    version: 1,
  });
  const existing = {
    version: 1,
    hooks: {
      afterFileEdit: [{ command: 'fmt' }],
      beforeShellExecution: [{ command: 'audit' }, { command: 'guard hook cursor || exit 2' }],
    },
  };
  assert.deepEqual(addGuardHook('cursor', existing, 'guard hook cursor || exit 2').json, {
    version: 1,
    hooks: {
      afterFileEdit: [{ command: 'fmt' }],
      beforeShellExecution: [
        { command: 'guard hook cursor || exit 2', timeout: HOOK_TIMEOUT_SECONDS, failClosed: true },
        { command: 'audit' },
      ],
    },
  });
});

test('a settings shape guard cannot extend is an error, not a silent overwrite', () => {
  assert.throws(() => addGuardHook('claude-code', { hooks: [] }, 'guard hook claude-code'), /"hooks" is not an object/);
  assert.throws(
    () => addGuardHook('claude-code', { hooks: { PreToolUse: {} } }, 'guard hook claude-code'),
    /"PreToolUse" is not an array/,
  );
});

test('settings paths', () => {
  assert.equal(hookSettingsPath('claude-code', 'project', '/p', '/h'), '/p/.claude/settings.json');
  assert.equal(hookSettingsPath('cursor', 'user', '/p', '/h'), '/h/.cursor/hooks.json');
  assert.equal(hookSettingsPath('codex', 'project', '/p', '/h'), '/p/.codex/hooks.json');
  assert.equal(hookSettingsPath('codex', 'user', '/p', '/h', '/ch'), '/ch/hooks.json', '$CODEX_HOME');
  assert.equal(hookSettingsPath('gemini', 'project', '/p', '/h'), '/p/.gemini/settings.json');
});
