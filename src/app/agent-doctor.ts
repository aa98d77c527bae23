// `guard doctor`'s agent-client part: reads each client's hook settings (project and user), asks Codex
// whether guard's hook is trusted, and says when the shims are needed because a client can type into an
// interactive session the hook never sees.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bypassSettings, checkHookSettings } from '../core/hooks/hook-doctor.js';
import { AGENTS, type Agent } from '../core/hooks/hook-answers.js';
import { hookSettingsPath } from '../core/hooks/hook-config.js';
import { OPENCODE_PLUGIN_PATH } from '../cli/opencode-plugin.js';
import { firstOnPath } from '../io/path-identity.js';
import { listCodexHooks } from '../io/codex-hooks-list.js';
import { codexHome } from './codex-trust-setup.js';
import type { Context } from '../core/types.js';

const BINARIES: Record<Agent | 'opencode', string> = {
  'claude-code': 'claude',
  codex: 'codex',
  cursor: 'cursor-agent',
  gemini: 'gemini',
  opencode: 'opencode',
};

export interface AgentReport {
  lines: string[];
  problems: number;
}

export async function agentDoctor(ctx: Context, shimsInstalled: boolean): Promise<AgentReport> {
  const report: AgentReport = { lines: [], problems: 0 };
  const add = (lines: string[], problems: number): void => {
    report.lines.push(...lines);
    report.problems += problems;
  };
  for (const agent of AGENTS) {
    const home = agent === 'codex' ? codexHome(ctx.env as NodeJS.ProcessEnv, ctx.home) : undefined;
    const files = (['project', 'user'] as const)
      .map((scope) => hookSettingsPath(agent, scope, ctx.cwd, ctx.home, home))
      .filter((p, i, all) => all.indexOf(p) === i);
    const present = files.filter((p) => existsSync(p));
    const onPath = firstOnPath(BINARIES[agent], ctx.env.PATH, ctx.cwd);
    if (present.length === 0) {
      if (onPath)
        add([`problem: ${agent}: ${onPath} is installed but guard's hook is not: run \`guard init ${agent}\``], 1);
      continue;
    }
    const checks = present.map((path) => ({ path, check: checkHookSettings(agent, path, readJson(path)) }));
    // One file with a good entry is enough; the others' complaints only matter when none has it.
    const good = checks.find((c) => c.check.problems === 0);
    if (good) add(good.check.lines, 0);
    else for (const c of checks) add(c.check.lines, c.check.problems);
    for (const path of present)
      for (const bypass of bypassSettings(agent, path, readJson(path)))
        add([`problem: ${agent}: the hook is switched off by ${bypass}`], 1);
    // Trust is checked even for an older entry: an untrusted hook is the worst case, skipped without a word.
    const withGuard = present.find((p) => /\bguard hook\b/.test(readFileSync(p, 'utf8')));
    if (agent === 'codex' && withGuard) add(...(await codexTrust(good?.path ?? withGuard, ctx, onPath)));
    if (agent === 'codex' && !shimsInstalled)
      add(
        [
          `problem: codex: the model can open a terminal session and type into it (write_stdin), which no hook sees; guard refuses bare interactive openers, but only the shims catch a destructive tool run inside one: run \`guard install\``,
        ],
        1,
      );
  }
  const plugin = [join(ctx.cwd, OPENCODE_PLUGIN_PATH), join(ctx.home, '.config/opencode/plugin/guard.js')].find((p) =>
    existsSync(p),
  );
  if (plugin) {
    const current = readFileSync(plugin, 'utf8').includes('output.args.workdir');
    add(
      [
        current
          ? `opencode: guard's plugin ${plugin} is current (judges the call's workdir, with a timeout)`
          : `problem: opencode: ${plugin} is an older guard plugin that judges the project directory instead of the call's workdir: run \`guard init opencode\``,
      ],
      current ? 0 : 1,
    );
  } else if (firstOnPath('opencode', ctx.env.PATH, ctx.cwd))
    add([`problem: opencode is installed but guard's plugin is not: run \`guard init opencode\``], 1);
  return report;
}

async function codexTrust(hooksFile: string, ctx: Context, codex: string | undefined): Promise<[string[], number]> {
  if (!codex)
    return [
      [
        `problem: codex: cannot ask Codex whether guard's hook is trusted (codex is not on PATH); an untrusted hook is skipped silently`,
      ],
      1,
    ];
  const listed = await listCodexHooks(codex, ctx.cwd, ctx.env as NodeJS.ProcessEnv, 15_000);
  if (typeof listed === 'string')
    return [[`problem: codex: cannot ask Codex whether guard's hook is trusted (${listed})`], 1];
  const hook = listed.find((h) => h.sourcePath === hooksFile && /\bguard hook\b/.test(h.command));
  if (!hook)
    return [
      [
        `problem: codex: INSTALLED BUT NOT LOADED: Codex does not load ${hooksFile} (an untrusted project?): INACTIVE, every command runs; run \`guard init codex\``,
      ],
      1,
    ];
  if (hook.trustStatus !== 'trusted' || !hook.enabled)
    return [
      [
        `problem: codex: INSTALLED BUT NOT TRUSTED: INACTIVE (Codex reports ${hook.trustStatus}${hook.enabled ? '' : ', disabled'}; it skips the hook without a word and runs every command): run \`guard init codex\` or trust it in Codex's /hooks screen`,
      ],
      1,
    ];
  return [[`codex: Codex trusts guard's hook (${hook.key})`], 0];
}

function readJson(path: string): Record<string, unknown> {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
