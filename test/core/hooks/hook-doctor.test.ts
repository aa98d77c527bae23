// doctor's reading of each client's settings: present, first, fail-closed, timeout, switched off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addGuardHook } from '../../../src/core/hooks/hook-config.js';
import { bypassSettings, checkHookSettings } from '../../../src/core/hooks/hook-doctor.js';

test('what guard init writes is healthy for every client', () => {
  for (const [agent, command] of [
    ['claude-code', 'guard hook claude-code || exit 2'],
    ['codex', 'timeout 20 guard hook codex || exit 2'],
    ['gemini', 'timeout 20 guard hook gemini || exit 2'],
    ['cursor', 'guard hook cursor || exit 2'],
  ] as const) {
    const check = checkHookSettings(agent, 'f', addGuardHook(agent, {}, command).json);
    assert.equal(check.problems, 0, check.lines.join('\n'));
    assert.match(check.lines.join('\n'), /present, first, fail-closed, with a timeout/);
  }
});

test('the entries written before issue 17 are each a named problem', () => {
  const claude = checkHookSettings('claude-code', 'f', {
    hooks: {
      PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'guard hook claude-code || exit 2' }] }],
    },
  });
  assert.match(claude.lines.join('\n'), /no timeout/);
  assert.match(claude.lines.join('\n'), /onFailure/);
  const codex = checkHookSettings('codex', 'f', {
    hooks: {
      PreToolUse: [
        { matcher: 'Bash', hooks: [{ type: 'command', command: 'guard hook codex || exit 2', timeout: 10 }] },
      ],
    },
  });
  assert.match(codex.lines.join('\n'), /fails open|no deadline/);
  const cursor = checkHookSettings('cursor', 'f', {
    version: 1,
    hooks: { beforeShellExecution: [{ command: 'audit' }, { command: 'guard hook cursor' }] },
  });
  assert.match(cursor.lines.join('\n'), /entry 2; a reported Cursor bug runs only the first/);
  assert.match(cursor.lines.join('\n'), /failClosed/);
});

test('no guard hook, or hooks switched off by the client, is a problem', () => {
  assert.equal(checkHookSettings('gemini', 'f', {}).problems, 1);
  assert.match(
    checkHookSettings('claude-code', 'f', {
      disableAllHooks: true,
      ...addGuardHook('claude-code', {}, 'guard hook claude-code || exit 2').json,
    }).lines.join('\n'),
    /disableAllHooks/,
  );
  assert.deepEqual(bypassSettings('gemini', 'f', { hooksConfig: { enabled: false } }), [
    'f: "hooksConfig.enabled": false',
  ]);
});
