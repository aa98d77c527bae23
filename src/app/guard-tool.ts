import { isatty } from 'node:tty';
import { classifyArgv, packsFor } from '../core/classify.js';
import { GuardError, ToolNotFoundError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { refusalParagraph } from '../core/present.js';
import type { Context } from '../core/types.js';
import { captureStdin, type CapturedStdin } from '../io/capture-stdin.js';
import { processContext } from '../io/context.js';
import { findRealTool } from '../io/find-real-tool.js';
import { runForeground } from '../io/run-foreground.js';
import { configNotices, configRefusal, finishDecision, loadGuardSetup } from './config-setup.js';
import { confirmOnTerminal } from './confirm-decision.js';
import { denyReason } from './deny-reason.js';

export interface GuardToolOptions {
  /** argv[0] is the tool. */
  argv: string[];
  deny: boolean;
  ctx?: Context;
}

/** Prefix and shim mode: classify, confirm when destructive, then run the real tool. Returns the exit code. */
export async function guardTool(options: GuardToolOptions): Promise<number> {
  const [tool, ...args] = options.argv;
  if (tool === undefined) throw new GuardError('no command given', { exitCode: EXIT.usage, hint: 'usage: guard TOOL [ARGS…]' });
  const ctx = options.ctx ?? processContext();
  const lookup = findRealTool(tool, ctx.env.PATH, ctx.cwd);
  if (!lookup.found) {
    if (lookup.reason === 'not-executable') {
      throw new GuardError(`${lookup.candidate} is not executable`, { exitCode: EXIT.notExecutable, hint: 'check its permissions (chmod +x) or fix PATH' });
    }
    throw new ToolNotFoundError(tool, `install ${tool}, or put the directory that holds it on PATH (guard skips its own shim directories)`);
  }
  const setup = await loadGuardSetup(ctx);
  const index = setup.index;
  let captured: CapturedStdin | undefined;
  if (packsFor(index, tool).some((pack) => pack.readsStdin?.(args)) && !isatty(0)) {
    captured = captureStdin();
    ctx.stdin = captured.view;
  }
  try {
    const decision = finishDecision(classifyArgv(options.argv, ctx, index), setup, ctx);
    const brokenConfig = configRefusal(decision, setup);
    if (brokenConfig) {
      process.stderr.write(`${brokenConfig}\n`);
      return EXIT.config;
    }
    for (const line of configNotices(decision)) process.stderr.write(`${line}\n`);
    if (decision.decision === 'confirm') {
      const refusal = denyReason({ deny: options.deny, env: process.env });
      const outcome = refusal ? 'denied' : await confirmOnTerminal(options.argv, decision);
      if (outcome !== 'confirmed') {
        if (outcome === 'interrupted') {
          process.stderr.write('guard: interrupted at the prompt; nothing was run.\n');
          return EXIT.interrupted;
        }
        if (outcome === 'denied' || outcome === 'no-terminal') {
          process.stderr.write(`${refusalParagraph(options.argv, decision, refusal ?? 'no controlling terminal to ask a human')}\n`);
        } else if (outcome === 'eof') {
          process.stderr.write('guard: no confirmation typed; nothing was run.\n');
        }
        return EXIT.refused;
      }
    }
    const replay = captured;
    return await runForeground(lookup.path, args, {
      argv0: tool,
      stdin: replay ? { kind: 'replay', open: () => replay.open() } : { kind: 'inherit' },
    });
  } finally {
    captured?.dispose();
  }
}
