import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { ConfigError, UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { AGENTS, type Agent } from '../../core/hooks/agent-hooks.js';
import { addGuardHook, hookSettingsPath } from '../../core/hooks/hook-config.js';
import { OPENCODE_PLUGIN_PATH, opencodePlugin } from '../opencode-plugin.js';
import { processContext } from '../../io/context.js';
import type { CommandResult } from './index.js';
import { initShell, isShell, SHELLS } from './init-shell.js';

export function registerInit(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('init')
    .description(`install guard's shell-command hook into an agent's settings (${AGENTS.join(', ')}, opencode), keeping existing entries`)
    .argument('<agent>', `${AGENTS.join(' | ')} | opencode; or a shell (${SHELLS.join(' | ')}): print the snippet that puts guard's shims first on PATH`)
    .option('--dir <dir>', 'with a shell: the shim directory (default: the one guard install uses)')
    .option('--user', "write the user's settings (~/.claude/settings.json …) instead of the project's")
    .option('--command <command>', 'the hook command to install (default: guard hook AGENT)')
    .action((name: string, options: { user?: boolean; command?: string; dir?: string }) => {
      if (isShell(name)) return done(initShell(name, options.dir));
      if (name === 'opencode') return done(initOpencode(options));
      const agent = (name === 'claude' ? 'claude-code' : name) as Agent;
      if (!AGENTS.includes(agent)) throw new UsageError(`unknown agent "${name}"`, `usage: guard init ${AGENTS.join('|')} [--user]`);
      const ctx = processContext();
      const path = hookSettingsPath(agent, options.user ? 'user' : 'project', ctx.cwd, ctx.home);
      // Claude Code and Codex run the command with a shell and block on exit 2; a guard that cannot
      // even start (exit 70, 127) would otherwise count as "no opinion" and let the command run.
      const command = options.command ?? (agent === 'cursor' ? 'guard hook cursor' : `guard hook ${agent} || exit 2`);
      let existing: Record<string, unknown> = {};
      let text: string | undefined;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      try {
        if (text !== undefined && text.trim() !== '') existing = JSON.parse(text) as Record<string, unknown>;
        if (typeof existing !== 'object' || existing === null || Array.isArray(existing)) throw new Error('not a JSON object');
        const result = addGuardHook(agent, existing, command);
        if (!result.changed) {
          process.stdout.write(`guard: ${path} already runs \`${command}\`; nothing changed\n`);
          return done(EXIT.ok);
        }
        mkdirSync(dirname(path), { recursive: true });
        const temp = `${path}.guard-${process.pid}.tmp`;
        writeFileSync(temp, `${JSON.stringify(result.json, null, 2)}\n`);
        renameSync(temp, path);
        process.stdout.write(`guard: added \`${command}\` to ${path}\n`);
        done(EXIT.ok);
      } catch (error) {
        if (error instanceof SyntaxError || error instanceof Error) throw new ConfigError(`cannot add guard's hook to ${path}: ${error.message}`, 'fix the file by hand; guard did not change it');
        throw error;
      }
    });
}

/** OpenCode: writes the plugin file; an existing different file is left alone. */
function initOpencode(options: { user?: boolean; command?: string }): number {
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
  if (existing !== undefined) throw new ConfigError(`${path} already exists and is not guard's plugin`, 'move it away or merge it by hand; guard did not change it');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  process.stdout.write(`guard: wrote ${path}\n`);
  return EXIT.ok;
}
