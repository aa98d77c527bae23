import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { ConfigError, UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { AGENTS, type Agent } from '../../core/hooks/agent-hooks.js';
import { addGuardHook, FAIL_CLOSED, HOOK_DEADLINE_SECONDS, hookSettingsPath } from '../../core/hooks/hook-config.js';
import { codexHome, trustGuardCodexHook } from '../../app/codex-trust-setup.js';
import { OPENCODE_PLUGIN_PATH, opencodePlugin } from '../opencode-plugin.js';
import { processContext } from '../../io/context.js';
import type { CommandResult } from './index.js';
import { initShell, isShell, SHELLS } from './init-shell.js';

interface InitOptions {
  user?: boolean;
  command?: string;
  dir?: string;
  ask?: boolean;
}

export function registerInit(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('init')
    .description(
      `install guard's shell-command hook into an agent's settings (${AGENTS.join(', ')}, opencode), keeping existing entries; docs/agents.md says what each gets`,
    )
    .argument(
      '<agent>',
      `${AGENTS.join(' | ')} | opencode; or a shell (${SHELLS.join(' | ')}): print the snippet that puts guard's shims first on PATH`,
    )
    .option('--dir <dir>', 'with a shell: the shim directory (default: the one guard install uses)')
    .option(
      '--user',
      "write the user's settings (~/.claude/settings.json, $CODEX_HOME/hooks.json …) instead of the project's",
    )
    .option('--command <command>', 'the hook command to install (default: guard hook AGENT, fail-closed)')
    .option(
      '--ask',
      "claude-code: hand commands in environments your config marks non-production to Claude Code's own prompt instead of denying (production stays denied)",
    )
    .action(async (name: string, options: InitOptions) => {
      if (isShell(name)) return done(initShell(name, options.dir));
      if (name === 'opencode') return done(initOpencode(options));
      const agent = (name === 'claude' ? 'claude-code' : name) as Agent;
      if (!AGENTS.includes(agent))
        throw new UsageError(`unknown agent "${name}"`, `usage: guard init ${AGENTS.join('|')}|opencode [--user]`);
      done(await initAgent(agent, options));
    });
}

/**
 * The hook command: a guard that cannot start (exit 70, 127) must block (exit 2). Codex runs the command when
 * a hook times out, and Gemini CLI waits forever on a hung one, so theirs carries its own deadline.
 */
export function defaultHookCommand(agent: Agent, ask: boolean | undefined): string {
  const hook = `guard hook ${agent}${ask ? ' --ask' : ''}`;
  if (agent !== 'codex' && agent !== 'gemini') return `${hook} ${FAIL_CLOSED}`;
  const deadline = HOOK_DEADLINE_SECONDS;
  return process.platform === 'darwin'
    ? `perl -e 'alarm shift; exec @ARGV' ${deadline} ${hook} ${FAIL_CLOSED}`
    : `timeout ${deadline} ${hook} ${FAIL_CLOSED}`;
}

async function initAgent(agent: Agent, options: InitOptions): Promise<number> {
  const ctx = processContext();
  const scope = options.user ? 'user' : 'project';
  const path = hookSettingsPath(
    agent,
    scope,
    ctx.cwd,
    ctx.home,
    agent === 'codex' ? codexHome(process.env, ctx.home) : undefined,
  );
  const command = options.command ?? defaultHookCommand(agent, options.ask);
  const changed = mergeJsonFile(path, (existing) => addGuardHook(agent, existing, command));
  process.stdout.write(
    changed
      ? `guard: added \`${command}\` to ${path}\n`
      : `guard: ${path} already runs \`${command}\`; nothing changed\n`,
  );
  if (agent === 'codex') {
    const outcome = await trustGuardCodexHook(
      path,
      command,
      scope === 'project' ? ctx.cwd : undefined,
      ctx.cwd,
      process.env,
      ctx.home,
    );
    process.stdout.write(`guard: ${outcome.ok ? '' : 'PROBLEM: '}${outcome.message}\n`);
    return outcome.ok ? EXIT.ok : 1;
  }
  if (agent === 'gemini' && scope === 'project') {
    // Gemini CLI runs a project's hooks only in a folder the user trusts; the user asked for guard's hook here.
    const trusted = join(ctx.home, '.gemini', 'trustedFolders.json');
    mergeJsonFile(trusted, (existing) =>
      existing[ctx.cwd] === 'TRUST_FOLDER'
        ? { json: existing, changed: false }
        : { json: { ...existing, [ctx.cwd]: 'TRUST_FOLDER' }, changed: true },
    );
    process.stdout.write(`guard: Gemini CLI trusts ${ctx.cwd} (${trusted}), so it runs the project's hooks\n`);
  }
  return EXIT.ok;
}

/** Reads a JSON object file (absent = {}), applies `change`, writes it atomically when it changed. */
function mergeJsonFile(
  path: string,
  change: (existing: Record<string, unknown>) => { json: Record<string, unknown>; changed: boolean },
): boolean {
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    const existing = text !== undefined && text.trim() !== '' ? (JSON.parse(text) as Record<string, unknown>) : {};
    if (typeof existing !== 'object' || existing === null || Array.isArray(existing))
      throw new Error('not a JSON object');
    const result = change(existing);
    if (!result.changed) return false;
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.guard-${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(result.json, null, 2)}\n`);
    renameSync(temp, path);
    return true;
  } catch (error) {
    if (error instanceof Error)
      throw new ConfigError(
        `cannot add guard's hook to ${path}: ${error.message}`,
        'fix the file by hand; guard did not change it',
      );
    throw error;
  }
}

/** OpenCode: writes the plugin file; an older guard plugin is replaced, any other file is left alone. */
function initOpencode(options: InitOptions): number {
  const ctx = processContext();
  const path = options.user ? `${ctx.home}/.config/opencode/plugin/guard.js` : `${ctx.cwd}/${OPENCODE_PLUGIN_PATH}`;
  const text = opencodePlugin(options.command ?? 'guard');
  let existing: string | undefined;
  try {
    existing = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (existing === text) {
    process.stdout.write(`guard: ${path} is already installed; nothing changed\n`);
    return EXIT.ok;
  }
  if (existing !== undefined && !existing.startsWith('// Installed by `guard init opencode`'))
    throw new ConfigError(
      `${path} already exists and is not guard's plugin`,
      'move it away or merge it by hand; guard did not change it',
    );
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  process.stdout.write(`guard: ${existing === undefined ? 'wrote' : 'updated'} ${path}\n`);
  return EXIT.ok;
}
