import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { AGENTS, decideHook, formatHookAnswer, malformedHookAnswer, readHookRequest, type Agent, type HookAnswer, type HookOptions, type HookRequest } from '../../core/hooks/agent-hooks.js';
import type { Context } from '../../core/types.js';
import { auditTrail } from '../../app/audit-trail.js';
import { withSqlParser } from '../../app/sql-parser-for.js';
import { finishDecision, loadGuardSetup } from '../../app/config-setup.js';
import { processContext } from '../../io/context.js';
import type { CommandResult } from './index.js';

const ALIASES: Record<string, Agent> = { claude: 'claude-code', 'claude-code': 'claude-code', codex: 'codex', cursor: 'cursor', gemini: 'gemini' };

export function registerHook(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('hook')
    .description(`answer an agent's pre-shell-command hook (${AGENTS.join(', ')}): reads its JSON payload on stdin, denies destructive lines`)
    .argument('<agent>', AGENTS.join(' | '))
    .option('--ask', "claude-code: send lines whose every finding is in an environment the config marks non-production to the client's own prompt")
    .action(async (name: string, options: { ask?: boolean }) => done(await runHook(name, { askOutsideProduction: options.ask === true })));
}

/** `guard hook AGENT`: answers the payload on stdin; returns the exit code. (Also reached without commander: see main.ts.) */
export async function runHook(name: string, options: HookOptions = {}): Promise<number> {
  const agent = ALIASES[name];
  if (!agent) throw new UsageError(`unknown agent "${name}"`, `usage: guard hook ${AGENTS.join('|')}`);
  let answer: HookAnswer;
  try {
    answer = await answerOnStdin(agent, options);
  } catch (error) {
    // Agents treat a crashed hook as "no opinion" and run the command: a malfunction must deny instead.
    answer = malformedHookAnswer(agent, `guard failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.stdout.write(answer.stdout);
  return answer.exitCode;
}

async function answerOnStdin(agent: Agent, options: HookOptions): Promise<HookAnswer> {
  const payload = readFileSync(0, 'utf8');
  let request: HookRequest;
  try {
    request = readHookRequest(agent, payload);
  } catch (error) {
    return malformedHookAnswer(agent, error instanceof Error ? error.message : String(error));
  }
  if (request.command === undefined) return formatHookAnswer(agent, undefined, undefined, options);
  const ctx = contextFor(request.cwd);
  // The user's and the project's config (custom rules, allowances) apply as in prefix mode.
  const setup = await loadGuardSetup(ctx);
  const decision = await withSqlParser(ctx, () => decideHook(request, ctx, setup.index));
  const answer = formatHookAnswer(agent, request.command, decision && finishDecision(decision, setup, ctx), options);
  // Every refusal is audited, like prefix mode's; a failed audit write does not turn a deny into an allow.
  if (answer.denied) auditTrail(ctx, ['sh', '-c', answer.denied.line], answer.denied.decision).tryAppend({ decision: 'refused', how: `hook:${agent}` });
  return answer;
}

function contextFor(cwd: string | undefined): Context {
  const ctx = { ...processContext(), env: { ...process.env } };
  if (cwd && isAbsolute(cwd)) ctx.cwd = cwd;
  return ctx;
}
