// A project config is editable by the agent being guarded, so it may only tighten. Each
// attempt to loosen is a problem (which refuses destructive commands), never silently dropped.
import { looksLikeProduction, matchesPattern } from '../environment.js';
import type { AllowanceRef, EnvironmentDefinition } from '../types.js';
import type { ConfigProblem } from './problem.js';
import type { ConfigFileData } from './schema.js';

export interface LimitsSoFar {
  environments: readonly EnvironmentDefinition[];
  cooldownSeconds: number;
  lockout: { attempts: number; windowSeconds: number };
  probesEnabled: boolean;
  allowances: readonly AllowanceRef[];
}

const USER_ONLY =
  'belongs in your user config (~/.config/guard/config.yaml), not in a project config the guarded agent can edit';

/** The loosening attempts in one project config file, given what the user config (and earlier files) set. */
export function projectLimitProblems(data: ConfigFileData, file: string, so: LimitsSoFar): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add = (key: string, message: string): void => void problems.push({ file, layer: 'project', key, message });
  if (data.allow !== undefined) add('allow', `a project config may not allow anything: an allowance ${USER_ONLY}`);
  if (data.disable !== undefined) add('disable', `a project config may not disable rules: disabling ${USER_ONLY}`);
  if (data.audit !== undefined) add('audit', `the audit location ${USER_ONLY}`);
  if (data.alerts !== undefined) add('alerts', `alerts run a command or call a URL: they ${USER_ONLY}`);
  if (data.passphrase !== undefined) add('passphrase', `the production passphrase ${USER_ONLY}`);
  if (data.lockout && data.lockout.attempts > so.lockout.attempts)
    add(
      'lockout.attempts',
      `a project config may only lower the attempts before a lockout: expected at most ${so.lockout.attempts}, got ${data.lockout.attempts}`,
    );
  if (data.lockout && data.lockout.windowSeconds < so.lockout.windowSeconds)
    add(
      'lockout.windowSeconds',
      `a project config may only lengthen the lockout window: expected at least ${so.lockout.windowSeconds}, got ${data.lockout.windowSeconds}`,
    );
  if (data.probes?.enabled === true && !so.probesEnabled)
    add('probes.enabled', 'a project config may not turn probes on when the user config turned them off');
  if (data.probes?.timeoutMs !== undefined) add('probes.timeoutMs', `the probe timeout ${USER_ONLY}`);
  if (data.cooldownSeconds !== undefined && data.cooldownSeconds < so.cooldownSeconds) {
    add(
      'cooldownSeconds',
      `a project config may only lengthen the cooldown: expected at least ${so.cooldownSeconds}, got ${data.cooldownSeconds}`,
    );
  }
  (data.protectedPaths ?? []).forEach((p, i) => {
    if (p.startsWith('!'))
      add(`protectedPaths[${i}]`, 'a project config may only add protected paths, not exclude them');
  });
  (data.apiHosts ?? []).forEach((h, i) => {
    const widened =
      h.environment === undefined
        ? undefined
        : so.allowances.find((a) => matchesPattern(a.environment, h.environment as string));
    if (widened)
      add(
        `apiHosts[${i}].environment`,
        `"${h.environment}" would fall under the user allowance for ${widened.rule} in "${widened.environment}" (${widened.file}); a project config may not name hosts so`,
      );
  });
  (data.environments ?? []).forEach((env, i) => {
    const key = `environments[${i}]`;
    if (!env.production) {
      const known = so.environments.find((e) => e.name === env.name);
      if (known?.production)
        add(
          `${key}.production`,
          `environment "${env.name}" is production in ${known.source ?? 'the user config'}; a project config may not mark it otherwise`,
        );
      else if (!known && looksLikeProduction(env.name))
        add(
          `${key}.production`,
          `"${env.name}" looks like production; only your user config may declare it non-production`,
        );
      if (env.match && Object.keys(env.match).length > 0) {
        add(
          `${key}.match`,
          'a project config may map signals only to production environments (a non-production mapping could relabel a production target); put it in your user config',
        );
      }
    }
    const widened = so.allowances.find((a) => matchesPattern(a.environment, env.name));
    if (widened)
      add(
        `${key}.name`,
        `environment "${env.name}" would fall under the user allowance for ${widened.rule} in "${widened.environment}" (${widened.file}); a project config may not create such names`,
      );
  });
  return problems;
}
