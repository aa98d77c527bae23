// `guard doctor`, per agent client: is guard's hook present, first, fail-closed, with a timeout, and do the
// client's own settings make it irrelevant? Pure: settings JSON in, lines out (problems start "problem:").
import type { Agent } from './hook-answers.js';
import { isFailClosedCommand } from './hook-config.js';

type Json = Record<string, unknown>;

export interface ClientCheck {
  lines: string[];
  problems: number;
}

const EVENTS: Record<Agent, [string, RegExp]> = {
  'claude-code': ['PreToolUse', /^(Bash|\*|)$/],
  codex: ['PreToolUse', /^(Bash|\*|)$/],
  gemini: ['BeforeTool', /^(run_shell_command|\*|)$/],
  cursor: ['beforeShellExecution', /.*/],
};

/** Checks guard's entry in one settings file of `agent` (`label` names the file in messages). */
export function checkHookSettings(agent: Agent, label: string, settings: Json): ClientCheck {
  const out: ClientCheck = { lines: [], problems: 0 };
  const problem = (text: string): void => {
    out.lines.push(`problem: ${agent}: ${text}`);
    out.problems++;
  };
  const [event, matcher] = EVENTS[agent];
  const hooks = (settings.hooks as Json | undefined)?.[event];
  const handlers = Array.isArray(hooks) ? handlersOf(agent, hooks, matcher) : [];
  const index = handlers.findIndex((h) => typeof h.command === 'string' && /\bguard hook\b/.test(h.command));
  if (settings.disableAllHooks === true) problem(`${label} sets "disableAllHooks": every hook, guard's too, is off`);
  if (index === -1) {
    problem(`${label} has no guard hook for ${event}: run \`guard init ${agent}\``);
    return out;
  }
  const handler = handlers[index] as Json;
  const command = String(handler.command);
  if (index > 0) {
    if (agent === 'cursor')
      problem(
        `${label}: guard's hook is entry ${index + 1}; a reported Cursor bug runs only the first: run \`guard init cursor\``,
      );
    else out.lines.push(`${agent}: guard's hook is entry ${index + 1} in ${label} (first is best)`);
  }
  const failClosed = agent === 'cursor' ? handler.failClosed === true : isFailClosedCommand(command);
  if (!failClosed)
    problem(
      `${label}: guard's hook does not fail closed (${agent === 'cursor' ? 'no "failClosed": true' : 'no `|| exit 2`'}): a guard that cannot start lets commands run; run \`guard init ${agent}\``,
    );
  if (typeof handler.timeout !== 'number')
    problem(`${label}: guard's hook has no timeout: run \`guard init ${agent}\``);
  if (agent === 'claude-code' && handler.onFailure !== 'block')
    problem(
      `${label}: no "onFailure": "block": a hook that times out lets the command run; run \`guard init claude-code\``,
    );
  if ((agent === 'codex' || agent === 'gemini') && !/^(timeout \d+|perl -e )/.test(command))
    problem(
      `${label}: ${agent === 'codex' ? 'Codex runs the command when a hook times out' : 'Gemini CLI waits on a hung hook'}, and guard's has no deadline of its own: run \`guard init ${agent}\``,
    );
  if (out.problems === 0)
    out.lines.push(
      `${agent}: guard's hook in ${label} is present${index === 0 ? ', first' : ''}, fail-closed, with a timeout`,
    );
  return out;
}

function handlersOf(agent: Agent, list: unknown[], matcher: RegExp): Json[] {
  if (agent === 'cursor') return list.filter((h): h is Json => typeof h === 'object' && h !== null);
  return list.flatMap((group) => {
    const g = group as Json;
    if (typeof g !== 'object' || g === null || !Array.isArray(g.hooks)) return [];
    if (!matcher.test(typeof g.matcher === 'string' ? g.matcher : '')) return [];
    return g.hooks.filter((h): h is Json => typeof h === 'object' && h !== null);
  });
}

/** Client settings that take the hook out of the loop, whatever the hook file says. */
export function bypassSettings(agent: Agent, label: string, settings: Json): string[] {
  const found: string[] = [];
  if (agent === 'claude-code' && settings.disableAllHooks === true) found.push(`${label}: "disableAllHooks": true`);
  if (agent === 'gemini') {
    const config = settings.hooksConfig as Json | undefined;
    if (config?.enabled === false) found.push(`${label}: "hooksConfig.enabled": false`);
    if (Array.isArray(config?.disabled) && config.disabled.some((d) => typeof d === 'string' && /guard/.test(d)))
      found.push(`${label}: guard's hook listed in "hooksConfig.disabled"`);
  }
  return found;
}
