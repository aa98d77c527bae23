// Agent hook contracts (checked against public docs and SDKs in Nov 2026):
// - Claude Code PreToolUse (and Codex, which uses the same wire format): stdin
//   {"tool_name":"Bash","tool_input":{"command":…},"cwd":…}; to block, stdout
//   {"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"deny","permissionDecisionReason":…}}.
//   Staying silent (exit 0, no output) leaves the agent's own permission rules in charge.
// - Cursor beforeShellExecution: stdin {"command":…,"cwd":…,"hook_event_name":"beforeShellExecution",…};
//   stdout {"permission":"allow"|"deny"|"ask","user_message":…,"agent_message":…}; Cursor expects a
//   permission in every answer, so benign lines get "allow" (the hook adds no permission of its own).
import type { PackIndex } from '../classify.js';
import { judgeInput } from '../judgement/judge.js';
import { lineRefusal } from '../shell/present-line.js';
import { shellQuote } from '../display.js';
import type { Context, Decision } from '../types.js';

export const AGENTS = ['claude-code', 'codex', 'cursor'] as const;
export type Agent = (typeof AGENTS)[number];

export interface HookRequest {
  /** The shell line, or undefined when the call is not a shell command (another tool). */
  command?: string;
  cwd?: string;
}

export interface HookAnswer {
  /** What to print on stdout (empty: no opinion). */
  stdout: string;
  exitCode: number;
  /** Set when a line was denied, for the audit log. */
  denied?: { line: string; decision: Decision };
}

const WHY = 'an agent asked to run it, and only a human at a terminal can confirm it';
const ASK_HUMAN = ' Do not retry it or work around it: tell the user what it would destroy and ask them to run it themselves in their terminal.';

/** Reads the agent's payload. Throws on a payload that is not what the agent's contract says. */
export function readHookRequest(agent: Agent, payload: string): HookRequest {
  const data = JSON.parse(payload) as Record<string, unknown>;
  if (typeof data !== 'object' || data === null) throw new Error('the hook payload is not a JSON object');
  const cwd = typeof data.cwd === 'string' ? data.cwd : undefined;
  if (agent === 'cursor') {
    if (typeof data.command !== 'string') throw new Error('the Cursor payload has no "command" string');
    return { command: data.command, cwd };
  }
  if (data.tool_name !== 'Bash') return { cwd };
  const input = data.tool_input as Record<string, unknown> | undefined;
  const command = input?.command;
  // Some agents send the exec argv (["bash", "-lc", "…"]) rather than a line: quote it back into one.
  if (Array.isArray(command) && command.length > 0 && command.every((c) => typeof c === 'string')) return { command: shellQuote(command as string[]), cwd };
  if (typeof command !== 'string') throw new Error('the Bash tool_input has no "command" string');
  return { command, cwd };
}

/** The hook's question, asked of the one judge (the CLI asks it through a session: config, SQL parser). */
export function decideHook(request: HookRequest, ctx: Context, index: PackIndex): Decision | undefined {
  if (request.command === undefined) return undefined;
  return judgeInput({ kind: 'line', line: request.command, stdin: { kind: 'terminal' } }, ctx, { index, allowances: [] }).decision;
}

/** The answer in the agent's format. Destructive → deny with guard's refusal paragraph; never "allow" it. */
export function formatHookAnswer(agent: Agent, line: string | undefined, decision: Decision | undefined): HookAnswer {
  const destructive = decision?.decision === 'confirm';
  const reason = destructive && line !== undefined && decision ? `${lineRefusal(line, decision, WHY)}${ASK_HUMAN}` : '';
  const denied = destructive && line !== undefined && decision ? { denied: { line, decision } } : {};
  if (agent === 'cursor') {
    if (!destructive) return { stdout: `${JSON.stringify({ permission: 'allow' })}\n`, exitCode: 0 };
    return { stdout: `${JSON.stringify({ permission: 'deny', user_message: firstSentence(reason), agent_message: reason })}\n`, exitCode: 0, ...denied };
  }
  if (!destructive) return { stdout: '', exitCode: 0 };
  return { stdout: `${JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: reason } })}\n`, exitCode: 0, ...denied };
}

/** A payload guard cannot read: fail closed, in the agent's format. */
export function malformedHookAnswer(agent: Agent, why: string): HookAnswer {
  const reason = `guard: could not read the ${agent} hook payload (${why}), so the command was blocked. Nothing was run.`;
  if (agent === 'cursor') return { stdout: `${JSON.stringify({ permission: 'deny', user_message: reason, agent_message: reason })}\n`, exitCode: 0 };
  return { stdout: `${JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: reason } })}\n`, exitCode: 0 };
}

/** The whole hook: payload text in, answer out. `contextFor` gives the Context for the payload's cwd. */
export function answerHook(agent: Agent, payload: string, contextFor: (cwd: string | undefined) => Context, index: PackIndex): HookAnswer {
  let request: HookRequest;
  try {
    request = readHookRequest(agent, payload);
  } catch (error) {
    return malformedHookAnswer(agent, error instanceof Error ? error.message : String(error));
  }
  return formatHookAnswer(agent, request.command, decideHook(request, contextFor(request.cwd), index));
}

function firstSentence(text: string): string {
  const end = text.indexOf('. ');
  return end === -1 ? text : text.slice(0, end + 1);
}
