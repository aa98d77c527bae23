// The one entry for a simple command: unwrap what wraps it, follow what it runs, classify the rest
// through the rule packs. Used by shell lines, prefix mode and `guard check`.
import { indexPacks, packFor, type PackIndex } from '../classify.js';
import { commandName } from '../command-name.js';
import type { Context, Finding } from '../types.js';
import { CODE_HANDLERS } from './code-handlers.js';
import { findHandler } from './find.js';
import { languageOf } from './interpreters.js';
import { hasUnknown, MAX_DEPTH, type Invocation } from './invocation.js';
import { classifyLeaf } from './leaf.js';
import { RUNNERS } from './runners.js';
import { opaqueFinding, tooDeepFinding } from './shell-findings.js';
import { evalHandler, shellHandler, SHELLS, sourceHandler } from './shells.js';
import { SIMPLE_WRAPPERS, type WrapperHandler } from './simple-wrappers.js';
import { MULTIPLEXERS } from './multiplexers.js';
import { PTY_DRIVERS } from './pty-drivers.js';
import { ptySpawnHandler } from './pty-spawns.js';
import { spelledCommand } from './spelled-command.js';
import { SYSTEM_RUNNERS } from './system-runners.js';
import { parallelHandler, watchHandler, xargsHandler } from './xargs.js';
import { FOLLOWERS, followExecutable } from '../follow/index.js';

const HANDLERS: Readonly<Record<string, WrapperHandler>> = {
  ...SIMPLE_WRAPPERS,
  ...PTY_DRIVERS,
  ...MULTIPLEXERS,
  ...SYSTEM_RUNNERS,
  ...Object.fromEntries([...SHELLS].map((s) => [s, shellHandler])),
  eval: evalHandler,
  source: sourceHandler,
  '.': sourceHandler,
  xargs: xargsHandler,
  parallel: parallelHandler,
  watch: watchHandler,
  find: findHandler,
  ...RUNNERS,
  ...CODE_HANDLERS,
};

const isWrapper = (name: string): boolean =>
  HANDLERS[name] !== undefined || FOLLOWERS[name] !== undefined || languageOf(name) !== undefined;

export function classifyInvocation(inv: Invocation, index: PackIndex): Finding[] {
  const recurse = (next: Invocation): Finding[] => {
    const first = next.argv[0];
    if (first === undefined) return [];
    if (next.depth > MAX_DEPTH) return [tooDeepFinding(commandName(first))];
    if (hasUnknown(first))
      return [opaqueFinding('command-name', 'the command name comes from a variable or $(…), which guard cannot see')];
    const name = commandName(first);
    const handler = HANDLERS[name] ?? FOLLOWERS[name];
    let handled = handler?.(next, recurse, index);
    // bun runs package.json scripts (followed above) and programs (an interpreter, which may spawn a pty).
    const byInterpreter = handled === undefined && !HANDLERS[name] && languageOf(name) !== undefined;
    if (byInterpreter) handled = ptySpawnHandler(next, recurse, index);
    // A program given as a path that no pack knows (./deploy.sh): what the file says it runs.
    if (handled === undefined && !handler && first.includes('/') && !packFor(index, first))
      handled = followExecutable(next, recurse, index);
    if (handled === undefined) {
      const leaf = classifyLeaf(next, index);
      return leaf.length > 0 || handler || byInterpreter ? leaf : spelledCommand(next, recurse, index, isWrapper);
    }
    // A runner's, a follower's or an interpreter's own pack still judges the command itself (docker compose
    // run -v …, npx prisma …, python manage.py flush): without this, check and prefix mode missed what the
    // rule examples catch.
    return RUNNERS[name] || FOLLOWERS[name] || byInterpreter ? [...handled, ...classifyLeaf(next, index)] : handled;
  };
  return recurse(inv);
}

/** The command a wrapper chain finally runs (sudo env FOO=1 psql … → psql …), for stdin decisions. */
export function innermostArgv(argv: readonly string[], ctx: Context): string[] {
  let current = [...argv];
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const name = commandName(current[0] ?? '');
    const handler = SIMPLE_WRAPPERS[name];
    if (!handler) return current;
    let inner: string[] | undefined;
    handler(
      { argv: current, ctx, stdin: { kind: 'terminal' }, depth: 0 },
      (next) => {
        inner = next.argv;
        return [];
      },
      indexPacks([]),
    );
    if (!inner) return current;
    current = inner;
  }
  return current;
}
