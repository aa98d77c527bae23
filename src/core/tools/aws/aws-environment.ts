import { optionValue, type ParsedArgs } from '../../argv/parse-options.js';
import { resolveEnvironment, type EnvironmentSignal } from '../../environment.js';
import type { Context, Environment } from '../../types.js';

// Ranked as the AWS CLI picks credentials: --profile beats AWS_ACCESS_KEY_ID, which beats AWS_PROFILE.
export function awsSignals(parsed: ParsedArgs, ctx: Context): EnvironmentSignal[] {
  const signals: EnvironmentSignal[] = [];
  const endpoint = optionValue(parsed, 'endpoint-url') ?? ctx.env.AWS_ENDPOINT_URL;
  const host = endpoint ? hostOf(endpoint) : undefined;
  if (host)
    signals.push({
      kind: 'http-host',
      value: host,
      source: optionValue(parsed, 'endpoint-url') ? 'flag' : 'env',
      detail: `endpoint ${endpoint} (all calls go there)`,
    });
  const flag = optionValue(parsed, 'profile');
  if (flag) return [...signals, { kind: 'aws-profile', value: flag, source: 'flag', detail: `--profile ${flag}` }];
  if (ctx.env.AWS_ACCESS_KEY_ID) return signals;
  for (const name of ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE'] as const) {
    const value = ctx.env[name];
    if (value) return [...signals, { kind: 'aws-profile', value, source: 'env', detail: `${name}=${value}` }];
  }
  return [
    ...signals,
    {
      kind: 'aws-profile',
      value: 'default',
      source: 'default',
      detail: 'no --profile or AWS_PROFILE: the "default" profile',
    },
  ];
}

export function awsEnvironment(parsed: ParsedArgs, ctx: Context): Environment {
  const why = ctx.env.AWS_ACCESS_KEY_ID
    ? 'credentials come from AWS_ACCESS_KEY_ID, so the account is not known without `aws sts get-caller-identity`'
    : undefined;
  return resolveEnvironment(awsSignals(parsed, ctx), ctx, why);
}

/** Region and endpoint lines for the panel. */
export function awsDetails(parsed: ParsedArgs, ctx: Context): string[] {
  const details: string[] = [];
  const region = optionValue(parsed, 'region') ?? ctx.env.AWS_REGION ?? ctx.env.AWS_DEFAULT_REGION;
  if (region) details.push(`region: ${region}`);
  const endpoint = optionValue(parsed, 'endpoint-url') ?? ctx.env.AWS_ENDPOINT_URL;
  if (endpoint) details.push(`endpoint: ${endpoint}`);
  return details;
}

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}
