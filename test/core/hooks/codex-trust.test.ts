// The trust entries Codex's /hooks screen writes, added to config.toml without touching anything else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTomlValue, trustCodexHook } from '../../../src/core/hooks/codex-trust.js';

const KEY = '/p/.codex/hooks.json:pre_tool_use:0:0';

test('adds the project and hook trust tables at the end of an existing config', () => {
  const config = 'model = "gpt-5"\n\n[model_providers.mock]\nbase_url = "http://x"\n';
  assert.equal(
    trustCodexHook(config, KEY, 'sha256:ab', '/p'),
    `model = "gpt-5"\n\n[model_providers.mock]\nbase_url = "http://x"\n\n[projects."/p"]\ntrust_level = "trusted"\n\n[hooks.state."${KEY}"]\ntrusted_hash = "sha256:ab"\n`,
  );
});

test('an existing table is updated in place (a new hash replaces the old; other keys stay)', () => {
  const config = `[projects."/p"]\ntrust_level = "untrusted"\nnote = "x"\n\n[hooks.state."${KEY}"]\ntrusted_hash = "sha256:old"\n`;
  const out = trustCodexHook(config, KEY, 'sha256:new', '/p');
  assert.equal(
    out,
    `[projects."/p"]\ntrust_level = "trusted"\nnote = "x"\n\n[hooks.state."${KEY}"]\ntrusted_hash = "sha256:new"\n`,
  );
  assert.equal(trustCodexHook(out, KEY, 'sha256:new', '/p'), out, 'idempotent');
});

test('a user-level hook trusts no project; an empty config gets only the hook table', () => {
  assert.equal(trustCodexHook('', KEY, 'sha256:ab'), `[hooks.state."${KEY}"]\ntrusted_hash = "sha256:ab"\n`);
  assert.equal(setTomlValue('a = 1', ['t'], 'k', 'v'), 'a = 1\n\n[t]\nk = "v"\n');
});

test('quotes in a path are escaped as a TOML basic string', () => {
  assert.match(trustCodexHook('', KEY, 'h', '/p/"odd"'), /\[projects\."\/p\/\\"odd\\""\]/);
});
