// Loads the layered config once per run (loadPolicy: the only place guard reads config) and turns
// it into what a session judges with: the active packs, allowances, config problems (which refuse
// destructive commands), the merged config.
import { builtinPacks } from '../../rules/index.js';
import { indexPacks, type PackIndex } from '../core/classify.js';
import { activeRules } from '../core/config/active-rules.js';
import { allowanceNotice } from '../core/config/allowances.js';
import { mergeLayers } from '../core/config/merge-layers.js';
import { configRefusalParagraph, type ConfigProblem } from '../core/config/problem.js';
import type { RulePack } from '../core/rule.js';
import type { AllowanceRef, Context, Decision, GuardConfig } from '../core/types.js';
import { loadConfigFiles, type ConfigFileStatus } from '../io/config/load-config-files.js';
import { processContext } from '../io/context.js';

export interface GuardSetup {
  packs: RulePack<any>[];
  index: PackIndex;
  allowances: AllowanceRef[];
  disabled: { rule: string; file: string }[];
  problems: ConfigProblem[];
  files: ConfigFileStatus[];
  /** The merged config (user, projects; a system policy plugs in here too). */
  config: GuardConfig;
}

/** The one function that reads guard's config: every layer for this cwd, HOME and XDG, merged. */
export async function loadPolicy(where: { env: Context['env']; cwd: string; home: string }): Promise<GuardSetup> {
  const found = await loadConfigFiles(where);
  const merged = mergeLayers(found.user, found.projects, where.home, found.problems);
  const rules = activeRules(builtinPacks, merged);
  const problems = [...merged.problems, ...rules.problems];
  const files = found.files.map((f) => (problems.some((p) => p.file === f.file) ? { ...f, status: 'rejected' as const } : f));
  return { packs: rules.packs, index: indexPacks(rules.packs), allowances: problems.length > 0 ? [] : merged.allowances, disabled: rules.disabled, problems, files, config: merged.config };
}

/** Kept for commands that still take a Context: loadPolicy, installed into `ctx` (prefer openSession). */
export async function loadGuardSetup(ctx: Context): Promise<GuardSetup> {
  const setup = await loadPolicy(ctx);
  ctx.config = setup.config;
  const probe = limitProbe(ctx.probe, setup.config);
  if (probe) ctx.probe = probe;
  else delete ctx.probe;
  return setup;
}

/** This process's Context with the user and project config applied (audit path, cooldown, lockout, …). */
export async function configuredContext(): Promise<Context> {
  const ctx = processContext();
  await loadGuardSetup(ctx);
  return ctx;
}

/** The probe runner under the config's probe settings: none when probes are off, timeouts capped. */
export function limitProbe(probe: Context['probe'], config: GuardConfig): Context['probe'] {
  const probes = config.probes;
  if (!probe || !probes) return probe;
  if (!probes.enabled) return undefined;
  return (file, args, options = {}) => probe(file, args, { ...options, timeoutMs: Math.min(options.timeoutMs ?? probes.timeoutMs, probes.timeoutMs) });
}

/** What to print before running or refusing: one line per allowance used, or the config refusal. */
export function configNotices(decision: Decision): string[] {
  return (decision.allowed ?? []).map(allowanceNotice);
}

/** Destructive while the config has problems: refused (exit 78) with this paragraph. */
export function configRefusal(decision: Decision, setup: GuardSetup): string | undefined {
  return decision.decision === 'confirm' && setup.problems.length > 0 ? configRefusalParagraph(setup.problems) : undefined;
}
