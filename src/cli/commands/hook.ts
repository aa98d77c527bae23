import { isAbsolute } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import {
  AGENTS,
  formatHookAnswer,
  malformedHookAnswer,
  readHookRequest,
  withInteractiveOpener,
  type Agent,
  type HookAnswer,
  type HookOptions,
  type HookRequest,
} from '../../core/hooks/agent-hooks.js';
import { auditTrail } from '../../app/audit-trail.js';
import { openSession, processWorld } from '../../app/session.js';
import { readStdinText } from '../../io/read-stdin-text.js';
import { answerWithin } from '../../app/hook-deadline.js';
import type { CommandResult } from './index.js';

const ALIASES: Record<string, Agent> = {
  claude: 'claude-code',
  'claude-code': 'claude-code',
  codex: 'codex',
  cursor: 'cursor',
  gemini: 'gemini',
};

export function registerHook(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('hook')
    .description(
      `answer an agent's pre-shell-command hook (${AGENTS.join(', ')}): reads its JSON payload on stdin, denies destructive lines`,
    )
    .argument('<agent>', AGENTS.join(' | '))
    .option(
      '--ask',
      "claude-code: send lines whose every finding is in an environment the config marks non-production to the client's own prompt",
    )
    .action(async (name: string, options: { ask?: boolean }) =>
      done(await runHook(name, { askOutsideProduction: options.ask === true })),
    );
}

/** `guard hook AGENT`: answers the payload on stdin; returns the exit code. (Also reached without commander: see main.ts.) */
export async function runHook(name: string, options: HookOptions = {}): Promise<number> {
  const agent = ALIASES[name];
  if (!agent) throw new UsageError(`unknown agent "${name}"`, `usage: guard hook ${AGENTS.join('|')}`);
  let answer: HookAnswer;
  try {
    answer = await answerWithin(agent, answerOnStdin(agent, options));
  } catch (error) {
    // Agents treat a crashed hook as "no opinion" and run the command: a malfunction must deny instead.
    answer = malformedHookAnswer(agent, `guard failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.stdout.write(answer.stdout);
  return answer.exitCode;
}

async function answerOnStdin(agent: Agent, options: HookOptions): Promise<HookAnswer> {
  const payload = await readStdinText();
  let request: HookRequest;
  try {
    request = readHookRequest(agent, payload);
  } catch (error) {
    return malformedHookAnswer(agent, error instanceof Error ? error.message : String(error));
  }
  if (request.command === undefined) return formatHookAnswer(agent, undefined, undefined, options);
  // The payload's cwd is where the line will run; the user's and the project's config apply as in prefix mode.
  const session = await openSession(
    processWorld({ env: { ...process.env }, ...(request.cwd && isAbsolute(request.cwd) ? { cwd: request.cwd } : {}) }),
    { denyOnly: true },
  );
  const { decision } = await session.judge({ kind: 'line', line: request.command, stdin: { kind: 'terminal' } });
  // A client that types into a session it opened shows the hook only the opener (Codex write_stdin, tmux tools).
  const answer = formatHookAnswer(
    agent,
    request.command,
    decision && withInteractiveOpener(request.command, decision),
    options,
  );
  // Every refusal is audited, like prefix mode's; a failed audit write does not turn a deny into an allow.
  if (answer.denied)
    auditTrail(session.ctx, ['sh', '-c', answer.denied.line], answer.denied.decision).tryAppend({
      decision: 'refused',
      how: `hook:${agent}`,
    });
  return answer;
}
