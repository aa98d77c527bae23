// The system policy is the top layer: applied after the user and project layers, it can only
// raise the bar they set, and it decides whether their loosening (allow, disable) counts at all.
import type { MergedConfig } from './merge-layers.js';
import { resolveConfigPath } from './merge-layers.js';
import type { SystemPolicy } from './system-policy-schema.js';

export interface PolicyNote {
  file: string;
  key: string;
  message: string;
}

/** Tightens `merged` in place with the policy read from `source`; returns what it ignored and why. */
export function applySystemPolicy(
  merged: MergedConfig,
  policy: SystemPolicy,
  source: string,
  home: string,
): PolicyNote[] {
  const notes: PolicyNote[] = [];
  const config = merged.config;
  config.system = { source, policy };
  for (const env of policy.environments ?? []) {
    const existing = config.environments.find((e) => e.name === env.name);
    if (existing) existing.production = existing.production || env.production;
    else
      config.environments.push({
        name: env.name,
        production: env.production,
        ...(env.match ? { match: { ...env.match } } : {}),
        source,
      });
  }
  config.protectedPaths.push(...(policy.protectedPaths ?? []).map((p) => resolveConfigPath(p, source, home)));
  if (policy.cooldownSeconds !== undefined)
    config.cooldownSeconds = Math.max(config.cooldownSeconds ?? 0, policy.cooldownSeconds);
  if (policy.lockout) {
    // root's setting replaces the default; a user or project setting counts only where it is stricter
    const current = config.lockout;
    config.lockout = current
      ? {
          attempts: Math.min(current.attempts, policy.lockout.attempts),
          windowSeconds: Math.max(current.windowSeconds, policy.lockout.windowSeconds),
        }
      : { ...policy.lockout };
  }
  if (policy.audit?.path !== undefined) config.audit = { path: policy.audit.path };
  const loosening = policy.loosening ?? 'allow';
  if (loosening !== 'allow') {
    // 'signed' entries are checked by the caller (it holds the keys); anything left unsigned is dropped here.
    const why =
      loosening === 'forbid'
        ? `the system policy (${source}) forbids user allowances and disabled rules`
        : `the system policy (${source}) accepts them only signed with a pinned approval key`;
    for (const a of merged.allowances)
      if (!a.signed)
        notes.push({
          file: a.file,
          key: 'allow',
          message: `allowance for ${a.rule} in ${a.environment} ignored: ${why}`,
        });
    for (const d of merged.disabled)
      if (!d.signed) notes.push({ file: d.file, key: 'disable', message: `disabling ${d.rule} ignored: ${why}` });
    merged.allowances = loosening === 'forbid' ? [] : merged.allowances.filter((a) => a.signed);
    merged.disabled = loosening === 'forbid' ? [] : merged.disabled.filter((d) => d.signed);
  }
  merged.allowances.push(...(policy.allow ?? []).map((a) => ({ ...a, file: source })));
  return notes;
}
