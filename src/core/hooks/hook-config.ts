// Adds guard's hook to an agent's settings JSON without disturbing anything already there.
// Claude Code (.claude/settings.json) and Codex (.codex/hooks.json) share one shape:
//   {"hooks":{"PreToolUse":[{"matcher":"Bash","hooks":[{"type":"command","command":"…"}]}]}}
// Cursor (.cursor/hooks.json): {"version":1,"hooks":{"beforeShellExecution":[{"command":"…"}]}}
import type { Agent } from './agent-hooks.js';

export interface MergeResult {
  json: Record<string, unknown>;
  /** False when the same command was already installed. */
  changed: boolean;
}

type Json = Record<string, unknown>;

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

/** Returns the settings with guard's hook added (a deep copy; the input is not changed). Throws on a shape it cannot extend. */
export function addGuardHook(agent: Agent, existing: Json, command: string): MergeResult {
  const json = structuredClone(existing);
  const hooks = objectAt(json, 'hooks');
  if (agent === 'cursor') {
    if (json.version === undefined) json.version = 1;
    const list = arrayAt(hooks, 'beforeShellExecution');
    if (list.some((h) => (h as Json)?.command === command)) return { json: existing, changed: false };
    list.push({ command });
    return { json, changed: true };
  }
  const list = arrayAt(hooks, 'PreToolUse');
  const present = list.some((entry) => Array.isArray((entry as Json)?.hooks) && ((entry as Json).hooks as unknown[]).some((h) => (h as Json)?.command === command));
  if (present) return { json: existing, changed: false };
  list.push({ matcher: 'Bash', hooks: [{ type: 'command', command }] });
  return { json, changed: true };
}

/** Where each agent reads project and user hook settings. */
export function hookSettingsPath(agent: Agent, scope: 'project' | 'user', projectDir: string, home: string): string {
  const base = scope === 'project' ? projectDir : home;
  if (agent === 'cursor') return `${base}/.cursor/hooks.json`;
  if (agent === 'codex') return `${base}/.codex/hooks.json`;
  return `${base}/.claude/settings.json`;
}
