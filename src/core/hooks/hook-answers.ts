// Each client's answer format. Destructive → deny with guard's paragraph (or the client's own prompt,
// `ask`, when asked for and every finding is in an environment the config marks non-production).
// Benign → silence wherever the client accepts it, so the client's own approval settings stay in charge.
// Cursor does not accept it: with `failClosed: true` (which guard needs, or a guard that cannot start lets
// every command run) a hook that prints nothing counts as failed and blocks, so Cursor alone gets an allow.
import type { Decision } from '../types.js';

export const AGENTS = ['claude-code', 'codex', 'cursor', 'gemini'] as const;
export type Agent = (typeof AGENTS)[number];

export interface HookAnswer {
  /** What to print on stdout (empty: no opinion). */
  stdout: string;
  exitCode: number;
  /** Set when a line was denied (or sent to the client's prompt), for the audit log. */
  denied?: { line: string; decision: Decision };
}

export type Verdict = 'deny' | 'ask';

const json = (value: unknown): string => `${JSON.stringify(value)}\n`;

/**
 * Clients with a prompt of their own (a human channel) that guard may hand a non-production finding to.
 * Not Cursor: its `ask` is reported ignored in Auto-review mode (forum topic 173694), the command then runs.
 */
export const ASKING_AGENTS: readonly Agent[] = ['claude-code'];

/** Deny (or ask) in the client's format. */
export function blockAnswer(agent: Agent, verdict: Verdict, reason: string): string {
  if (agent === 'cursor')
    return json({ permission: verdict, user_message: firstSentence(reason), agent_message: reason });
  // Gemini CLI reads only the top-level decision; hookSpecificOutput is ignored there.
  if (agent === 'gemini') return json({ decision: 'deny', reason });
  return json({
    hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: verdict, permissionDecisionReason: reason },
  });
}

/** No opinion: silence, except Cursor (see above), whose `allow` also skips the user's own approval prompt. */
export function benignAnswer(agent: Agent): string {
  return agent === 'cursor' ? json({ permission: 'allow' }) : '';
}

function firstSentence(text: string): string {
  const end = text.indexOf('. ');
  return end === -1 ? text : text.slice(0, end + 1);
}
