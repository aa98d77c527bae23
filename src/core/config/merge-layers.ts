import { isAbsolute, join, dirname } from 'node:path';
import { DEFAULT_BURST } from '../audit/burst.js';
import { DEFAULT_PROBE_TIMEOUT_MS, defaultConfig } from '../config-defaults.js';
import type { AllowanceRef, EnvironmentDefinition, GuardConfig } from '../types.js';
import type { ConfigLayer, ConfigProblem } from './problem.js';
import { projectLimitProblems } from './project-limits.js';
import type { ConfigFileData, CustomRuleSpec } from './schema.js';

export interface ConfigFileInput {
  file: string;
  layer: ConfigLayer;
  data: ConfigFileData;
}

export interface DefinedRule {
  spec: CustomRuleSpec;
  /** Its index in the file's `rules`, for error messages. */
  index: number;
  file: string;
  layer: ConfigLayer;
}

export interface MergedConfig {
  config: GuardConfig;
  /** Dropped (empty) when any problem exists: a broken config never loosens. */
  allowances: AllowanceRef[];
  disabled: { rule: string; file: string; signed?: boolean; proof?: unknown }[];
  rules: DefinedRule[];
  problems: ConfigProblem[];
}

/**
 * Layers the user config, then each project config (tighten-only). `earlier` problems (files that
 * did not parse) are carried along. Pure.
 */
export function mergeLayers(
  user: ConfigFileInput | undefined,
  projects: readonly ConfigFileInput[],
  home: string,
  earlier: readonly ConfigProblem[] = [],
): MergedConfig {
  const config = defaultConfig();
  const merged: MergedConfig = { config, allowances: [], disabled: [], rules: [], problems: [...earlier] };
  if (user) {
    const d = user.data;
    addEnvironments(config.environments, d.environments ?? [], user.file);
    config.protectedPaths.push(...(d.protectedPaths ?? []).map((p) => resolveConfigPath(p, user.file, home)));
    if (d.cooldownSeconds !== undefined) config.cooldownSeconds = d.cooldownSeconds;
    if (d.probes)
      config.probes = {
        enabled: d.probes.enabled ?? true,
        timeoutMs: d.probes.timeoutMs ?? config.probes?.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
      };
    if (d.audit) {
      const { syslog, otlp } = d.audit;
      config.audit = {
        ...(d.audit.path !== undefined ? { path: resolveConfigPath(d.audit.path, user.file, home) } : {}),
        ...(syslog ? { syslog: { ...syslog } } : {}),
        ...(otlp ? { otlp: { ...otlp } } : {}),
      };
    }
    // user hosts first: the first matching entry decides, so yours can name a default host's environment
    if (d.apiHosts) config.apiHosts = [...d.apiHosts.map((h) => ({ ...h })), ...(config.apiHosts ?? [])];
    if (d.lockout) config.lockout = { ...d.lockout };
    if (d.alerts) config.alerts = { ...d.alerts };
    if (d.passphrase) config.passphrase = { ...d.passphrase };
    merged.allowances = (d.allow ?? []).map((a) => ({ ...a, file: user.file }));
    merged.disabled = (d.disable ?? []).map((item) =>
      typeof item === 'string'
        ? { rule: item, file: user.file }
        : { rule: item.rule, file: user.file, proof: item.signature },
    );
    merged.rules.push(...(d.rules ?? []).map((spec, index) => ({ spec, index, file: user.file, layer: user.layer })));
  }
  for (const project of projects) {
    const d = project.data;
    merged.problems.push(
      ...projectLimitProblems(d, project.file, {
        environments: config.environments,
        cooldownSeconds: config.cooldownSeconds ?? 0,
        lockout: config.lockout ?? DEFAULT_BURST,
        probesEnabled: config.probes?.enabled ?? true,
        allowances: merged.allowances,
      }),
    );
    // Only the tightening parts are applied; loosening attempts are already problems.
    addEnvironments(
      config.environments,
      (d.environments ?? []).filter((e) => e.production),
      project.file,
    );
    config.protectedPaths.push(
      ...(d.protectedPaths ?? [])
        .filter((p) => !p.startsWith('!'))
        .map((p) => resolveConfigPath(p, project.file, home)),
    );
    if (d.cooldownSeconds !== undefined)
      config.cooldownSeconds = Math.max(config.cooldownSeconds ?? 0, d.cooldownSeconds);
    // project hosts last: they can add hosts, never re-label one the defaults or the user already name
    if (d.apiHosts) config.apiHosts = [...(config.apiHosts ?? []), ...d.apiHosts.map((h) => ({ ...h }))];
    if (d.lockout) {
      const current = config.lockout ?? DEFAULT_BURST;
      config.lockout = {
        attempts: Math.min(current.attempts, d.lockout.attempts),
        windowSeconds: Math.max(current.windowSeconds, d.lockout.windowSeconds),
      };
    }
    if (d.probes?.enabled === false && config.probes) config.probes = { ...config.probes, enabled: false };
    merged.rules.push(
      ...(d.rules ?? []).map((spec, index) => ({ spec, index, file: project.file, layer: project.layer })),
    );
  }
  if (merged.problems.length > 0) {
    merged.allowances = [];
    merged.disabled = [];
  }
  return merged;
}

/** Same name: production if any layer says so; matchers are united. */
function addEnvironments(
  into: EnvironmentDefinition[],
  add: readonly { name: string; production: boolean; match?: Partial<Record<string, string[]>> | undefined }[],
  file: string,
): void {
  for (const env of add) {
    const existing = into.find((e) => e.name === env.name);
    if (!existing) {
      into.push({
        name: env.name,
        production: env.production,
        ...(env.match ? { match: cloneMatch(env.match) } : {}),
        source: file,
      });
      continue;
    }
    existing.production = existing.production || env.production;
    existing.source = existing.source === file ? file : `${existing.source ?? ''}, ${file}`;
    const match = existing.match ?? {};
    for (const [kind, patterns] of Object.entries(env.match ?? {}))
      match[kind] = [...new Set([...(match[kind] ?? []), ...(patterns ?? [])])];
    existing.match = match;
  }
}

function cloneMatch(match: Partial<Record<string, string[]>>): Partial<Record<string, string[]>> {
  return Object.fromEntries(Object.entries(match).map(([k, v]) => [k, [...(v ?? [])]]));
}

/** `~/x` → under home; relative → next to the config file that names it. */
export function resolveConfigPath(path: string, file: string, home: string): string {
  if (path === '~') return home;
  if (path.startsWith('~/')) return join(home, path.slice(2));
  return isAbsolute(path) ? path : join(dirname(file), path);
}
