import { indexPacks, packsFor } from '../core/classify.js';
import { classifyCommand } from '../core/unwrap/classify-command.js';
import { innermostArgv } from '../core/unwrap/classify-invocation.js';
import { GuardError, ToolNotFoundError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import type { RulePack } from '../core/rule.js';
import type { Context } from '../core/types.js';
import { captureStdin, type CapturedStdin } from '../io/capture-stdin.js';
import { processContext } from '../io/context.js';
import { findRealTool } from '../io/find-real-tool.js';
import { runForeground } from '../io/run-foreground.js';
import { needsRawArgs, rawTrailingArgs } from '../io/raw-argv.js';
import { auditTrail } from './audit-trail.js';
import { spawnFailure } from './spawn-failure.js';
import { finishDecision, loadGuardSetup } from './config-setup.js';
import { runDecided } from './run-decided.js';
import { withSqlParser } from './sql-parser-for.js';
import { isTerminal } from '../io/is-terminal.js';

export interface GuardToolOptions {
  /** argv[0] is the tool. */
  argv: string[];
  deny: boolean;
  ctx?: Context;
  /** The rule packs to judge with instead of the configured ones (tests of the shim machinery). */
  packs?: readonly RulePack<any>[];
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
  const index = options.packs ? indexPacks(options.packs) : setup.index;
  let captured: CapturedStdin | undefined;
  // Wrappers (sudo, env, nice…) are seen through: the wrapped tool decides whether stdin is read.
  const inner = innermostArgv(options.argv, ctx);
  const stdinIsTerminal = isTerminal(0);
  if (packsFor(index, inner[0] ?? tool).some((pack) => pack.readsStdin?.(inner.slice(1))) && !stdinIsTerminal) {
    captured = captureStdin();
    ctx.stdin = captured.view;
  }
  try {
    const stdin = stdinIsTerminal ? ({ kind: 'terminal' } as const) : ({ kind: 'opaque', from: 'the pipe into guard' } as const);
    const decision = finishDecision(await withSqlParser(ctx, () => classifyCommand(options.argv, ctx, index, stdin)), setup, ctx);
    const trail = auditTrail(ctx, options.argv, decision, lookup.path);
    const replay = captured;
    const run = (): Promise<number> =>
      runForeground(lookup.path, args, {
        argv0: tool,
        ...rawArgsOption(args),
        stdin: replay ? { kind: 'replay', pipeTo: (dest) => replay.pipeTo(dest) } : { kind: 'inherit' },
      }).catch((error: unknown) => {
        throw spawnFailure(lookup.path, error);
      });
    return await runDecided(options.argv, decision, setup, ctx, trail, options.deny, run);
  } finally {
    captured?.dispose();
  }
}

/** Only when decoding lost bytes: the raw copy of exactly the tool's arguments. */
function rawArgsOption(args: readonly string[]): { rawArgs?: Buffer[] } {
  if (!needsRawArgs(args)) return {};
  const raw = rawTrailingArgs(args.length);
  return raw ? { rawArgs: raw } : {};
}
