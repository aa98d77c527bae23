import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { AGENTS, formatHookAnswer, malformedHookAnswer, readHookRequest, type Agent, type HookAnswer, type HookRequest } from '../../core/hooks/agent-hooks.js';
import { auditTrail } from '../../app/audit-trail.js';
import { openSession, processWorld } from '../../app/session.js';
import type { CommandResult } from './index.js';

const ALIASES: Record<string, Agent> = { claude: 'claude-code', 'claude-code': 'claude-code', codex: 'codex', cursor: 'cursor' };

export function registerHook(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('hook')
    .description(`answer an agent's pre-shell-command hook (${AGENTS.join(', ')}): reads its JSON payload on stdin, denies destructive lines`)
    .argument('<agent>', AGENTS.join(' | '))
    .action(async (name: string) => done(await runHook(name)));
}

/** `guard hook AGENT`: answers the payload on stdin; returns the exit code. (Also reached without commander: see main.ts.) */
export async function runHook(name: string): Promise<number> {
  const agent = ALIASES[name];
  if (!agent) throw new UsageError(`unknown agent "${name}"`, `usage: guard hook ${AGENTS.join('|')}`);
  let answer: HookAnswer;
  try {
    answer = await answerOnStdin(agent);
  } catch (error) {
    // Agents treat a crashed hook as "no opinion" and run the command: a malfunction must deny instead.
    answer = malformedHookAnswer(agent, `guard failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.stdout.write(answer.stdout);
  return answer.exitCode;
}

async function answerOnStdin(agent: Agent): Promise<HookAnswer> {
  const payload = readFileSync(0, 'utf8');
  let request: HookRequest;
  try {
    request = readHookRequest(agent, payload);
  } catch (error) {
    return malformedHookAnswer(agent, error instanceof Error ? error.message : String(error));
  }
  if (request.command === undefined) return formatHookAnswer(agent, undefined, undefined);
  // The payload's cwd is where the line will run; the user's and the project's config apply as in prefix mode.
  const session = await openSession(processWorld({ env: { ...process.env }, ...(request.cwd && isAbsolute(request.cwd) ? { cwd: request.cwd } : {}) }));
  const { decision } = await session.judge({ kind: 'line', line: request.command, stdin: { kind: 'terminal' } });
  const answer = formatHookAnswer(agent, request.command, decision);
  // Every refusal is audited, like prefix mode's; a failed audit write does not turn a deny into an allow.
  if (answer.denied) auditTrail(session.ctx, ['sh', '-c', answer.denied.line], answer.denied.decision).tryAppend({ decision: 'refused', how: `hook:${agent}` });
  return answer;
}
