import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addGuardHook, hookSettingsPath } from '../../../src/core/hooks/hook-config.js';

test('claude-code: adds a Bash PreToolUse hook and keeps every existing setting and hook', () => {
  const existing = { model: 'opus', permissions: { allow: ['Bash(ls:*)'] }, hooks: { PreToolUse: [{ matcher: 'Write', hooks: [{ type: 'command', command: 'fmt' }] }], Stop: [] } };
  const { json, changed } = addGuardHook('claude-code', existing, 'guard hook claude-code');
  assert.equal(changed, true);
  assert.deepEqual(json, {
    model: 'opus',
    permissions: { allow: ['Bash(ls:*)'] },
    hooks: {
      PreToolUse: [
        { matcher: 'Write', hooks: [{ type: 'command', command: 'fmt' }] },
        { matcher: 'Bash', hooks: [{ type: 'command', command: 'guard hook claude-code' }] },
      ],
      Stop: [],
    },
  });
  assert.deepEqual(existing.hooks.PreToolUse.length, 1, 'the input is not modified');
  assert.equal(addGuardHook('claude-code', json, 'guard hook claude-code').changed, false, 'idempotent');
});

test('cursor: adds a beforeShellExecution hook with version 1', () => {
  assert.deepEqual(addGuardHook('cursor', {}, 'guard hook cursor').json, { hooks: { beforeShellExecution: [{ command: 'guard hook cursor' }] }, version: 1 });
  const existing = { version: 1, hooks: { afterFileEdit: [{ command: 'fmt' }], beforeShellExecution: [{ command: 'audit' }] } };
  assert.deepEqual(addGuardHook('cursor', existing, 'guard hook cursor').json, { version: 1, hooks: { afterFileEdit: [{ command: 'fmt' }], beforeShellExecution: [{ command: 'audit' }, { command: 'guard hook cursor' }] } });
});

test('a settings shape guard cannot extend is an error, not a silent overwrite', () => {
  assert.throws(() => addGuardHook('claude-code', { hooks: [] }, 'guard hook claude-code'), /"hooks" is not an object/);
  assert.throws(() => addGuardHook('claude-code', { hooks: { PreToolUse: {} } }, 'guard hook claude-code'), /"PreToolUse" is not an array/);
});

test('settings paths', () => {
  assert.equal(hookSettingsPath('claude-code', 'project', '/p', '/h'), '/p/.claude/settings.json');
  assert.equal(hookSettingsPath('cursor', 'user', '/p', '/h'), '/h/.cursor/hooks.json');
  assert.equal(hookSettingsPath('codex', 'project', '/p', '/h'), '/p/.codex/hooks.json');
});
