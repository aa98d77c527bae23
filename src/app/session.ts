// A session: the world guard judges in (given once, read-only), the policy loaded from it (the one
// config load), and the on-demand SQL parser. Every mode opens one and asks it to judge.
import type { RulePack } from '../core/rule.js';
import { indexPacks } from '../core/classify.js';
import { judgeInput, type JudgeInput, type Judgement } from '../core/judgement/judge.js';
import type { Context } from '../core/types.js';
import { processContext } from '../io/context.js';
import { limitProbe, loadPolicy, type GuardSetup } from './config-setup.js';
import { newSqlParserSlot } from './sql-parser-for.js';

/** What the core may look at: environment, directories, files and probes. Never written to. */
export type World = Readonly<Omit<Context, 'config' | 'stdin' | 'sqlParser'>>;

export interface Session {
  readonly world: World;
  /** The merged policy: active packs, allowances, config problems, config files read. */
  readonly setup: GuardSetup;
  /** The world with the config applied (probe settings, parser), for the gate, audit and presentation. */
  readonly ctx: Readonly<Context>;
  /**
   * Judges one input; the SQL parser is loaded only when the input needs it. `env` adds variables the
   * input runs with (a CI step's `env:` for `guard scan`).
   */
  judge(input: JudgeInput, options?: { trace?: boolean; env?: Readonly<Record<string, string>> }): Promise<Judgement>;
  /** The same, synchronously, or undefined when the parser must be loaded first (`loadParser`). For batches. */
  judgeNow(input: JudgeInput): Judgement | undefined;
  loadParser(): Promise<void>;
}

export interface SessionOptions {
  /** The packs to judge with instead of the configured ones (tests of the shim machinery). */
  packs?: readonly RulePack<any>[];
  /** Every destructive finding is refused here (the agent hooks): SQL the lexical pass finds destructive needs no parse. */
  denyOnly?: boolean;
}

/** This process's world; `cwd` and `env` may be replaced (a hook payload's cwd, a plain env copy). */
export function processWorld(overrides: Partial<Pick<World, 'cwd' | 'env' | 'fs'>> = {}): World {
  const { config: _config, ...world } = processContext();
  return { ...world, ...overrides };
}

/** Loads the policy for `world` once; every judgement of this run goes through the session it returns. */
export async function openSession(world: World = processWorld(), options: SessionOptions = {}): Promise<Session> {
  const setup = await loadPolicy(world);
  const { parser, slot } = newSqlParserSlot(() => world.fs.forgetDerived?.());
  const probe = limitProbe(world.probe, setup.config);
  const ctx: Context = {
    ...world,
    config: setup.config,
    sqlParser: parser,
    ...(probe ? { probe } : {}),
    ...(options.denyOnly ? { sqlLexicalFirst: true } : {}),
  };
  if (!probe) delete ctx.probe;
  const policy = { index: options.packs ? indexPacks(options.packs) : setup.index, allowances: setup.allowances };
  return {
    world,
    setup: options.packs ? { ...setup, index: policy.index } : setup,
    ctx,
    judge: (input, judgeOptions = {}) => {
      const seen = judgeOptions.env ? { ...ctx, env: { ...ctx.env, ...judgeOptions.env } } : ctx;
      return slot.classify(() => judgeInput(input, seen, policy, judgeOptions.trace === true));
    },
    judgeNow: (input) => slot.classifySync(() => judgeInput(input, ctx, policy))?.result,
    loadParser: () => slot.load(),
  };
}
