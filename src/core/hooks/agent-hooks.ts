// Agent hook contracts (each checked by running the client from npm: test/e2e/agents/):
// - Claude Code PreToolUse (and Codex, which uses the same wire format): stdin
//   {"tool_name":"Bash","tool_input":{"command":…},"cwd":…}; to block, stdout
//   {"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"deny","permissionDecisionReason":…}}.
//   Staying silent (exit 0, no output) leaves the agent's own permission rules in charge.
// - Gemini CLI BeforeTool: {"tool_name":"run_shell_command","tool_input":{"command":…,"dir_path"?:…},"cwd":…};
//   to block, a top-level {"decision":"deny","reason":…}.
// - Cursor beforeShellExecution: stdin {"command":…,"cwd":…,"workspace_roots":[…]}; stdout
//   {"permission":"allow"|"deny"|"ask","user_message":…,"agent_message":…}.
import type { PackIndex } from '../classify.js';
import { judgeInput } from '../judgement/judge.js';
import { resolve } from 'node:path';
import { lineRefusal } from '../shell/present-line.js';
import { shellQuote } from '../display.js';
import type { Context, Decision } from '../types.js';
import { AGENTS, ASKING_AGENTS, benignAnswer, blockAnswer, type Agent, type HookAnswer } from './hook-answers.js';
import { interactiveOpener } from './interactive-opener.js';

export { AGENTS, type Agent, type HookAnswer };

export interface HookRequest {
  /** The shell line, or undefined when the call is not a shell command (another tool). */
  command?: string;
  /** Where the line runs: the call's own working directory when the client sends one. */
  cwd?: string;
}

export interface HookOptions {
  /** Hand findings the config places outside production to the client's own prompt (`ask`) instead of denying. */
  askOutsideProduction?: boolean;
}

const WHY = 'an agent asked to run it, and only a human at a terminal can confirm it';
const ASK_HUMAN =
  ' Do not retry it or work around it: tell the user what it would destroy and ask them to run it themselves in their terminal.';
const SHELL_TOOL: Record<Agent, string> = {
  'claude-code': 'Bash',
  codex: 'Bash',
  cursor: '',
  gemini: 'run_shell_command',
};

/** Reads the agent's payload. Throws on a payload that is not what the agent's contract says. */
export function readHookRequest(agent: Agent, payload: string): HookRequest {
  const data = JSON.parse(payload) as Record<string, unknown>;
  if (typeof data !== 'object' || data === null) throw new Error('the hook payload is not a JSON object');
  let cwd = typeof data.cwd === 'string' && data.cwd !== '' ? data.cwd : undefined;
  if (agent === 'cursor') {
    if (typeof data.command !== 'string') throw new Error('the Cursor payload has no "command" string');
    // Cursor sometimes sends an empty cwd; the workspace root is where its shell starts then.
    const roots = Array.isArray(data.workspace_roots)
      ? data.workspace_roots.filter((r): r is string => typeof r === 'string')
      : [];
    return { command: data.command, cwd: cwd ?? roots[0] };
  }
  if (data.tool_name !== SHELL_TOOL[agent]) return { cwd };
  const input = data.tool_input as Record<string, unknown> | undefined;
  // The call's own directory (Gemini's dir_path, relative to the project) is where relative paths point.
  const dir = input?.dir_path ?? input?.workdir;
  if (typeof dir === 'string' && dir !== '') cwd = cwd ? resolve(cwd, dir) : dir;
  const command = input?.command;
  // Some agents send the exec argv (["bash", "-lc", "…"]) rather than a line: quote it back into one.
  if (Array.isArray(command) && command.length > 0 && command.every((c) => typeof c === 'string'))
    return { command: shellQuote(command as string[]), cwd };
  if (typeof command !== 'string') throw new Error(`the ${SHELL_TOOL[agent]} tool_input has no "command" string`);
  return { command, cwd };
}

/** The decision for the line, asked of the one judge, plus a bare interactive opener (see withInteractiveOpener). */
export function decideHook(request: HookRequest, ctx: Context, index: PackIndex): Decision | undefined {
  if (request.command === undefined) return undefined;
  return withInteractiveOpener(
    request.command,
    judgeInput({ kind: 'line', line: request.command, stdin: { kind: 'terminal' } }, ctx, { index, allowances: [] })
      .decision,
  );
}

/** The line's decision, plus a bare interactive opener as opaque: what is typed into the session later never reaches the hook. */
export function withInteractiveOpener(line: string, decision: Decision): Decision {
  const opener = interactiveOpener(line);
  return opener ? { ...decision, decision: 'confirm', findings: [...decision.findings, opener] } : decision;
}

/** The answer in the agent's format. Destructive → deny with guard's refusal paragraph; never "allow" it. */
export function formatHookAnswer(
  agent: Agent,
  line: string | undefined,
  decision: Decision | undefined,
  options: HookOptions = {},
): HookAnswer {
  if (decision?.decision !== 'confirm' || line === undefined) return { stdout: benignAnswer(agent), exitCode: 0 };
  const ask = options.askOutsideProduction === true && ASKING_AGENTS.includes(agent) && isOutsideProduction(decision);
  const reason = ask
    ? `${lineRefusal(line, decision, 'outside production, so your own approval decides').replace('guard: refused', 'guard: asks about')}`
    : `${lineRefusal(line, decision, WHY)}${ASK_HUMAN}`;
  return { stdout: blockAnswer(agent, ask ? 'ask' : 'deny', reason), exitCode: 0, denied: { line, decision } };
}

/** Every finding's environment is one the configuration itself names as non-production (never a guess, never unknown). */
function isOutsideProduction(decision: Decision): boolean {
  return (
    decision.findings.length > 0 &&
    decision.findings.every((f) => !f.environment.production && f.environment.source === 'config')
  );
}

/** A payload guard cannot read: fail closed, in the agent's format. */
export function malformedHookAnswer(agent: Agent, why: string): HookAnswer {
  return denyHookAnswer(
    agent,
    `guard: could not read the ${agent} hook payload (${why}), so the command was blocked. Nothing was run.`,
  );
}

/** A deny with `reason`, in the agent's format. */
export function denyHookAnswer(agent: Agent, reason: string): HookAnswer {
  return { stdout: blockAnswer(agent, 'deny', reason), exitCode: 0 };
}

/** The whole hook: payload text in, answer out. `contextFor` gives the Context for the payload's cwd. */
export function answerHook(
  agent: Agent,
  payload: string,
  contextFor: (cwd: string | undefined) => Context,
  index: PackIndex,
  options: HookOptions = {},
): HookAnswer {
  let request: HookRequest;
  try {
    request = readHookRequest(agent, payload);
  } catch (error) {
    return malformedHookAnswer(agent, error instanceof Error ? error.message : String(error));
  }
  return formatHookAnswer(agent, request.command, decideHook(request, contextFor(request.cwd), index), options);
}
