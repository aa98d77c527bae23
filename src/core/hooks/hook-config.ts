// Adds guard's hook to an agent's settings JSON without disturbing anything already there, with the
// settings that make it fail closed (a hook that cannot start, crashes or hangs must block):
// - Claude Code (.claude/settings.json), Codex (.codex/hooks.json): hooks.PreToolUse[] {matcher: "Bash",
//   hooks: [{type: "command", command, timeout (s)}]}; Claude Code also "onFailure": "block" (a timed-out
//   hook otherwise lets the command run). Codex fails open on a timeout, so its command carries its own deadline
//   (and so does Gemini CLI's, which waits on a hung hook).
// - Gemini CLI (.gemini/settings.json): hooks.BeforeTool[] {matcher: "run_shell_command", hooks: [{…, timeout (ms)}]}.
// - Cursor (.cursor/hooks.json): {"version":1,"hooks":{"beforeShellExecution":[{command, timeout, failClosed: true}]}},
//   guard's entry FIRST (a reported Cursor bug runs only the first hook of the array).
import type { Agent } from './agent-hooks.js';

export interface MergeResult {
  json: Record<string, unknown>;
  /** False when the same entry was already installed. */
  changed: boolean;
}

type Json = Record<string, unknown>;

/** Seconds a hook may take before the client gives up on it (and, configured so, blocks). */
export const HOOK_TIMEOUT_SECONDS = 30;
/**
 * Appended to every hook command: a guard that is missing, crashes or is cut off by its deadline blocks
 * (exit 2) WITH a reason on stderr; Codex treats a bare exit 2 with nothing on stderr as a failed hook and runs the command.
 */
export const FAIL_CLOSED = `|| { echo 'guard: could not check this command (guard missing, failing or too slow), so it was blocked' >&2; exit 2; }`;

/** Does the command block when guard fails? (What guard init writes, or the older bare `|| exit 2`.) */
export function isFailClosedCommand(command: string): boolean {
  return command.endsWith(FAIL_CLOSED) || /\|\|\s*exit 2\s*$/.test(command);
}

/** The deadline a hook command carries itself (Codex, Gemini CLI), well inside the client's own timeout. */
export const HOOK_DEADLINE_SECONDS = 20;

function objectAt(parent: Json, key: string): Json {
  const value = parent[key];
  if (value === undefined) return (parent[key] = {}) as Json;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`"${key}" is not an object`);
  return value as Json;
}

function arrayAt(parent: Json, key: string): unknown[] {
  const value = parent[key];
  if (value === undefined) return (parent[key] = []) as unknown[];
  if (!Array.isArray(value)) throw new Error(`"${key}" is not an array`);
  return value;
}

/** The handler entry guard installs for the agent. */
export function guardHandler(agent: Agent, command: string): Json {
  if (agent === 'cursor') return { command, timeout: HOOK_TIMEOUT_SECONDS, failClosed: true };
  if (agent === 'gemini') return { type: 'command', command, timeout: HOOK_TIMEOUT_SECONDS * 1000 };
  if (agent === 'claude-code') return { type: 'command', command, timeout: HOOK_TIMEOUT_SECONDS, onFailure: 'block' };
  return { type: 'command', command, timeout: HOOK_TIMEOUT_SECONDS };
}

const EVENT: Record<Exclude<Agent, 'cursor'>, [string, string]> = {
  'claude-code': ['PreToolUse', 'Bash'],
  codex: ['PreToolUse', 'Bash'],
  gemini: ['BeforeTool', 'run_shell_command'],
};

/** Returns the settings with guard's hook added (a deep copy; the input is not changed). Throws on a shape it cannot extend. */
export function addGuardHook(agent: Agent, existing: Json, command: string): MergeResult {
  const json = structuredClone(existing);
  const hooks = objectAt(json, 'hooks');
  const handler = guardHandler(agent, command);
  if (agent === 'cursor') {
    if (json.version === undefined) json.version = 1;
    const list = arrayAt(hooks, 'beforeShellExecution');
    if (isSame(list[0], handler)) return { json: existing, changed: false };
    // An older entry of guard's (without failClosed, or last) is replaced by the fail-closed one, first.
    const kept = list.filter((h) => (h as Json)?.command !== command);
    hooks.beforeShellExecution = [handler, ...kept];
    return { json, changed: true };
  }
  const [event, matcher] = EVENT[agent];
  const list = arrayAt(hooks, event);
  const groups = list.filter(
    (g) =>
      Array.isArray((g as Json)?.hooks) &&
      ((g as Json).hooks as unknown[]).some((h) => (h as Json)?.command === command),
  );
  if (
    groups.length === 1 &&
    isSame(
      ((groups[0] as Json).hooks as unknown[]).find((h) => (h as Json)?.command === command),
      handler,
    )
  )
    return { json: existing, changed: false };
  // Drop guard's older entries for the same command (no timeout, no onFailure), then add the current one first.
  for (const group of groups)
    (group as Json).hooks = ((group as Json).hooks as unknown[]).filter((h) => (h as Json)?.command !== command);
  const rest = list.filter((g) => !groups.includes(g) || ((g as Json).hooks as unknown[]).length > 0);
  hooks[event] = [{ matcher, hooks: [handler] }, ...rest];
  return { json, changed: true };
}

function isSame(a: unknown, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Where each agent reads project and user hook settings. `codexHome` is $CODEX_HOME when set. */
export function hookSettingsPath(
  agent: Agent,
  scope: 'project' | 'user',
  projectDir: string,
  home: string,
  codexHome?: string,
): string {
  const base = scope === 'project' ? projectDir : home;
  if (agent === 'cursor') return `${base}/.cursor/hooks.json`;
  if (agent === 'codex') return scope === 'user' && codexHome ? `${codexHome}/hooks.json` : `${base}/.codex/hooks.json`;
  if (agent === 'gemini') return `${base}/.gemini/settings.json`;
  return `${base}/.claude/settings.json`;
}
