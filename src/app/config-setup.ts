// Loads the layered config once per run (loadPolicy: the only place guard reads config) and turns
// it into what a session judges with: the active packs, allowances, config problems (which refuse
// destructive commands), the merged config.
import { builtinPacks } from '../../rules/index.js';
import { indexPacks, type PackIndex } from '../core/classify.js';
import { activeRules } from '../core/config/active-rules.js';
import { allowanceNotice } from '../core/config/allowances.js';
import { applySystemPolicy, type PolicyNote } from '../core/config/apply-system-policy.js';
import { mergeLayers, type MergedConfig } from '../core/config/merge-layers.js';
import { quickPolicy } from '../core/config/quick-check.js';
import type { ApprovalKey } from '../core/config/system-policy-schema.js';
import { allowanceMessage, disableMessage } from '../core/audit/approval-messages.js';
import { verifySignature } from '../io/approval-keys.js';
import { configRefusalParagraph, type ConfigProblem } from '../core/config/problem.js';
import type { RulePack } from '../core/rule.js';
import type { AllowanceRef, Context, Decision, GuardConfig } from '../core/types.js';
import { loadConfigFiles, type ConfigFileStatus } from '../io/config/load-config-files.js';
import { processContext } from '../io/context.js';
import { systemPolicy, type LoadedPolicy } from '../io/system-policy/load-system-policy.js';
import { writeStderr } from '../io/write-stderr.js';

export interface GuardSetup {
  packs: RulePack<any>[];
  index: PackIndex;
  allowances: AllowanceRef[];
  disabled: { rule: string; file: string }[];
  problems: ConfigProblem[];
  files: ConfigFileStatus[];
  /** The merged config (system policy, user, projects). */
  config: GuardConfig;
  /** What the system policy ignored (untrusted policy dirs, forbidden allowances), printed once as `guard:` warnings. */
  policyNotes: PolicyNote[];
}

let warned = false;

/** The one function that reads guard's config: the system policy, then every layer for this cwd and home, merged. */
export async function loadPolicy(where: { env: Context['env']; cwd: string; home: string }): Promise<GuardSetup> {
  const found = await loadConfigFiles(where);
  const system = await validatedPolicy(systemPolicy(where.env));
  const merged = mergeLayers(found.user, found.projects, where.home, [...system.problems, ...found.problems]);
  const policyNotes: PolicyNote[] = system.warnings.map((message) => ({ file: '', key: '', message }));
  if (system.policy && system.source) {
    if (system.policy.loosening === 'signed') markSigned(merged, system.policy.approvalKeys ?? []);
    policyNotes.push(...applySystemPolicy(merged, system.policy, system.source, where.home));
  }
  if (!warned)
    for (const note of policyNotes)
      writeStderr(`guard: warning: ${note.file ? `${note.file}: ` : ''}${note.message}\n`);
  warned = true;
  const rules = activeRules(builtinPacks, merged);
  const problems = [...merged.problems, ...rules.problems];
  const files = found.files.map((f) =>
    problems.some((p) => p.file === f.file) ? { ...f, status: 'rejected' as const } : f,
  );
  if (system.source)
    files.unshift({ file: system.source, layer: 'system', status: system.problems.length > 0 ? 'rejected' : 'read' });
  return {
    packs: rules.packs,
    index: indexPacks(rules.packs),
    allowances: problems.length > 0 ? [] : merged.allowances,
    disabled: rules.disabled,
    problems,
    files,
    config: merged.config,
    policyNotes,
  };
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

/** The policy checked against its schema: one that does not validate is a problem (destructive commands refused), never applied. */
async function validatedPolicy(loaded: LoadedPolicy): Promise<LoadedPolicy> {
  if (!loaded.policy || !loaded.source) return loaded;
  const quick = quickPolicy(loaded.policy);
  if (quick) return { ...loaded, policy: quick };
  const { validatePolicyData } = await import('../core/config/validate-policy.js');
  const result = validatePolicyData(loaded.policy, loaded.source);
  return result.ok
    ? { ...loaded, policy: result.policy }
    : { warnings: loaded.warnings, problems: [...loaded.problems, ...result.problems] };
}

/** The probe runner under the config's probe settings: none when probes are off, timeouts capped. */
export function limitProbe(probe: Context['probe'], config: GuardConfig): Context['probe'] {
  const probes = config.probes;
  if (!probe || !probes) return probe;
  if (!probes.enabled) return undefined;
  return (file, args, options = {}) =>
    probe(file, args, { ...options, timeoutMs: Math.min(options.timeoutMs ?? probes.timeoutMs, probes.timeoutMs) });
}

/** Which user allowances and disabled rules carry a human's signature by a pinned key. */
function markSigned(merged: MergedConfig, keys: readonly ApprovalKey[]): void {
  for (const a of merged.allowances) a.signed = verifySignature(keys, allowanceMessage(a), a.signature);
  for (const d of merged.disabled) d.signed = verifySignature(keys, disableMessage(d.rule), d.proof);
}

/** What to print before running or refusing: one line per allowance used, or the config refusal. */
export function configNotices(decision: Decision): string[] {
  return (decision.allowed ?? []).map(allowanceNotice);
}

/** Destructive while the config has problems: refused (exit 78) with this paragraph. */
export function configRefusal(decision: Decision, setup: GuardSetup): string | undefined {
  return decision.decision === 'confirm' && setup.problems.length > 0
    ? configRefusalParagraph(setup.problems)
    : undefined;
}
