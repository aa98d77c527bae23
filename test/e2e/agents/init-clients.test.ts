// `guard init` per client, without the clients themselves (fast; runs in `npm test`): what is written,
// and the loud failure when Codex cannot be asked to trust the hook.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAIL_CLOSED } from '../../../src/core/hooks/hook-config.js';
import { runGuard } from '../../helpers/run-guard.js';

function world(): { dir: string; home: string; env: NodeJS.ProcessEnv; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'guard-init-clients-'));
  const home = join(dir, 'home');
  return {
    dir,
    home,
    env: {
      PATH: '/usr/bin:/bin',
      HOME: home,
      XDG_STATE_HOME: join(dir, 'state'),
      XDG_CONFIG_HOME: join(dir, 'config'),
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

test('init codex with no codex to ask: the hook file is written, but it says loudly that Codex will skip it, and exits 1', async () => {
  const w = world();
  try {
    const r = await runGuard(['init', 'codex'], {
      cwd: w.dir,
      env: { ...w.env, CODEX_HOME: join(w.home, 'codex-home') },
    });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /PROBLEM: installed but NOT trusted, so Codex skips it and runs every command/);
    const hooks = JSON.parse(readFileSync(join(w.dir, '.codex/hooks.json'), 'utf8'));
    assert.match(hooks.hooks.PreToolUse[0].hooks[0].command, /^timeout 20 guard hook codex \|\| \{ echo/);
    assert.equal(
      readFileSync(join(w.home, 'codex-home/config.toml'), 'utf8'),
      '',
      'the project trust it tried is taken back',
    );
  } finally {
    w.done();
  }
});

test('init codex --user honours CODEX_HOME', async () => {
  const w = world();
  try {
    await runGuard(['init', 'codex', '--user'], { cwd: w.dir, env: { ...w.env, CODEX_HOME: join(w.dir, 'ch') } });
    assert.ok(existsSync(join(w.dir, 'ch/hooks.json')));
    assert.ok(!existsSync(join(w.home, '.codex/hooks.json')));
  } finally {
    w.done();
  }
});

test('init gemini: BeforeTool hook in the project, the folder trusted for Gemini CLI', async () => {
  const w = world();
  try {
    const r = await runGuard(['init', 'gemini'], { cwd: w.dir, env: w.env });
    assert.equal(r.code, 0, r.stderr);
    const settings = JSON.parse(readFileSync(join(w.dir, '.gemini/settings.json'), 'utf8'));
    assert.deepEqual(settings.hooks.BeforeTool[0].matcher, 'run_shell_command');
    assert.equal(settings.hooks.BeforeTool[0].hooks[0].timeout, 30_000);
    assert.deepEqual(JSON.parse(readFileSync(join(w.home, '.gemini/trustedFolders.json'), 'utf8')), {
      [w.dir]: 'TRUST_FOLDER',
    });
  } finally {
    w.done();
  }
});

test('init cursor: failClosed, first; init claude-code --ask installs the asking hook', async () => {
  const w = world();
  try {
    await runGuard(['init', 'cursor'], { cwd: w.dir, env: w.env });
    assert.deepEqual(
      JSON.parse(readFileSync(join(w.dir, '.cursor/hooks.json'), 'utf8')).hooks.beforeShellExecution[0],
      { command: `guard hook cursor ${FAIL_CLOSED}`, timeout: 30, failClosed: true },
    );
    await runGuard(['init', 'claude-code', '--ask'], { cwd: w.dir, env: w.env });
    assert.equal(
      JSON.parse(readFileSync(join(w.dir, '.claude/settings.json'), 'utf8')).hooks.PreToolUse[0].hooks[0].command,
      `guard hook claude-code --ask ${FAIL_CLOSED}`,
    );
  } finally {
    w.done();
  }
});
