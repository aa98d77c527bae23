import { isAbsolute } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { AGENTS, decideHook, formatHookAnswer, malformedHookAnswer, readHookRequest, type Agent, type HookAnswer, type HookRequest } from '../../core/hooks/agent-hooks.js';
import type { Context } from '../../core/types.js';
import { auditTrail } from '../../app/audit-trail.js';
import { withSqlParser } from '../../app/sql-parser-for.js';
import { finishDecision, loadGuardSetup } from '../../app/config-setup.js';
import { processContext } from '../../io/context.js';
import { readStdinText } from '../../io/read-stdin-text.js';
import { answerWithin } from '../../app/hook-deadline.js';
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
    answer = await answerWithin(agent, answerOnStdin(agent));
  } catch (error) {
    // Agents treat a crashed hook as "no opinion" and run the command: a malfunction must deny instead.
    answer = malformedHookAnswer(agent, `guard failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.stdout.write(answer.stdout);
  return answer.exitCode;
}

async function answerOnStdin(agent: Agent): Promise<HookAnswer> {
  const payload = await readStdinText();
  let request: HookRequest;
  try {
    request = readHookRequest(agent, payload);
  } catch (error) {
    return malformedHookAnswer(agent, error instanceof Error ? error.message : String(error));
  }
  if (request.command === undefined) return formatHookAnswer(agent, undefined, undefined);
  const ctx = contextFor(request.cwd);
  // The user's and the project's config (custom rules, allowances) apply as in prefix mode.
  const setup = await loadGuardSetup(ctx);
  const decision = await withSqlParser(ctx, () => decideHook(request, ctx, setup.index));
  const answer = formatHookAnswer(agent, request.command, decision && finishDecision(decision, setup, ctx));
  // Every refusal is audited, like prefix mode's; a failed audit write does not turn a deny into an allow.
  if (answer.denied) auditTrail(ctx, ['sh', '-c', answer.denied.line], answer.denied.decision).tryAppend({ decision: 'refused', how: `hook:${agent}` });
  return answer;
}

function contextFor(cwd: string | undefined): Context {
  const ctx = { ...processContext(), env: { ...process.env } };
  if (cwd && isAbsolute(cwd)) ctx.cwd = cwd;
  return ctx;
}
