import { GuardError, ToolNotFoundError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import type { RulePack } from '../core/rule.js';
import type { Outcome } from '../core/outcome.js';
import { findRealTool } from '../io/find-real-tool.js';
import { runForeground } from '../io/run-foreground.js';
import { needsRawArgs, rawTrailingArgs } from '../io/raw-argv.js';
import { stdinForArgv } from './argv-stdin.js';
import { auditTrail } from './audit-trail.js';
import { spawnFailure } from './spawn-failure.js';
import { runDecided } from './run-decided.js';
import { openSession, processWorld, type World } from './session.js';

export interface GuardToolOptions {
  /** argv[0] is the tool. */
  argv: string[];
  deny: boolean;
  world?: World;
  /** The rule packs to judge with instead of the configured ones (tests of the shim machinery). */
  packs?: readonly RulePack<any>[];
}

/** Prefix and shim mode: judge, confirm when destructive, then run the real tool. Returns how it ended. */
export async function guardTool(options: GuardToolOptions): Promise<Outcome> {
  const [tool, ...args] = options.argv;
  if (tool === undefined)
    throw new GuardError('no command given', { exitCode: EXIT.usage, hint: 'usage: guard TOOL [ARGS…]' });
  const world = options.world ?? processWorld();
  const lookup = findRealTool(tool, world.env.PATH, world.cwd);
  if (!lookup.found) {
    if (lookup.reason === 'not-executable') {
      throw new GuardError(`${lookup.candidate} is not executable`, {
        exitCode: EXIT.notExecutable,
        hint: 'check its permissions (chmod +x) or fix PATH',
      });
    }
    throw new ToolNotFoundError(
      tool,
      `install ${tool}, or put the directory that holds it on PATH (guard skips its own shim directories)`,
    );
  }
  const session = await openSession(world, options.packs ? { packs: options.packs } : {});
  const { stdin, captured } = stdinForArgv(options.argv, session);
  try {
    const { decision } = await session.judge({ kind: 'argv', argv: options.argv, stdin });
    const trail = auditTrail(session.ctx, options.argv, decision, lookup.path);
    const run = (): Promise<Outcome> =>
      runForeground(lookup.path, args, {
        argv0: tool,
        ...rawArgsOption(args),
        stdin: captured ? { kind: 'replay', pipeTo: (dest) => captured.pipeTo(dest) } : { kind: 'inherit' },
      }).catch((error: unknown) => {
        throw spawnFailure(lookup.path, error);
      });
    return await runDecided(options.argv, decision, session, trail, options.deny, run);
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
