// How a command of a walked line is judged: its context (reused while nothing differs) and, in a
// batch, a memo of the judgement keyed by everything it depends on.
import type { PackIndex } from '../classify.js';
import { derived } from '../cached-file-view.js';
import type { Context, Finding } from '../types.js';
import { classifyInvocation } from '../unwrap/classify-invocation.js';
import { stdinView, type Invocation, type StdinSource } from '../unwrap/invocation.js';
import type { Walk } from './analyse-line.js';
import type { Scope } from './builtins.js';

/** Numbers for environment objects, by identity: a per-batch memo (it lives in the batch's file view). */
interface EnvIds {
  ids: WeakMap<object, number>;
  next: number;
}

/**
 * In a batch (a snapshot file view: nothing runs between lines), the same command in the same place is
 * judged once; batches repeat commands a lot. The key holds everything the judgement depends on that
 * can differ between commands of a batch: argv, directory, environment (by identity), what stdin is,
 * depth. A command fed text on stdin is always judged afresh.
 */
export function classifyRemembered(inv: Invocation, index: PackIndex): Finding[] {
  if (inv.stdin.kind === 'text' || !inv.ctx.fs.memo) return classifyInvocation(inv, index);
  const envIds = derived<EnvIds>(inv.ctx.fs, 'env-ids', () => ({ ids: new WeakMap(), next: 0 }));
  let env = envIds.ids.get(inv.ctx.env);
  if (env === undefined) envIds.ids.set(inv.ctx.env, (env = envIds.next++));
  let key = `invocation\u0000${env}\u0000${inv.depth}\u0000${inv.ctx.cwd}\u0000${inv.stdin.kind}\u0000${inv.stdin.kind === 'opaque' ? inv.stdin.from : ''}`;
  for (let k = 0; k < inv.argv.length; k++) key += `\u0000${inv.argv[k]}`;
  return derived(inv.ctx.fs, key, () => classifyInvocation(inv, index));
}

/** The context a command is judged in; the previous command's when nothing differs (most commands of a line). */
export function commandContext(walk: Walk, cwd: string, env: Context['env'], input: StdinSource): Context {
  const last = walk.lastContext;
  if (input.kind !== 'text' && last && last.cwd === cwd && last.env === env && last.stdin === undefined) return last;
  const ctx: Context = { ...walk.base, cwd, env, stdin: stdinView(input) };
  walk.lastContext = ctx;
  return ctx;
}

/** The command's environment: the process's, with the line's exports and the command's own assignments. */
export function commandEnv(
  scope: Scope,
  assigned: ReadonlyMap<string, string>,
): Readonly<Record<string, string | undefined>> {
  // Variables that are neither exported nor in the environment (a loop variable) change nothing.
  if (assigned.size === 0 && !changesEnvironment(scope)) return scope.base;
  const env: Record<string, string | undefined> = { ...scope.base };
  for (const [name, value] of scope.vars) {
    if (!scope.exported.has(name) && !(name in scope.base)) continue;
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  for (const [name, value] of assigned) env[name] = value;
  return env;
}

function changesEnvironment(scope: Scope): boolean {
  for (const name of scope.vars.keys()) if (scope.exported.has(name) || name in scope.base) return true;
  return false;
}
