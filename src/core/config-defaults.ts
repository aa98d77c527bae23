import type { ApiHost, GuardConfig } from './types.js';

/** Provider control-plane APIs where DELETE removes real infrastructure; which environment is unknown. */
export const DEFAULT_API_HOSTS: readonly ApiHost[] = [
  'api.github.com',
  'api.heroku.com',
  'api.fly.io',
  'api.machines.dev',
  'api.vercel.com',
  'api.supabase.com',
  'api.netlify.com',
  'api.render.com',
  'api.digitalocean.com',
  'api.cloudflare.com',
  'console.neon.tech',
  'api.planetscale.com',
].map((host) => ({ host }));

/** The production cooldown never goes below this (config may only lengthen it). */
export const MIN_COOLDOWN_SECONDS = 5;
export const MAX_COOLDOWN_SECONDS = 3600;
export const DEFAULT_COOLDOWN_SECONDS = MIN_COOLDOWN_SECONDS;
export const DEFAULT_PROBE_TIMEOUT_MS = 2000;
/** Bounds of a configured probe timeout, in milliseconds. */
export const PROBE_TIMEOUT_RANGE_MS = { min: 100, max: 30_000 } as const;
/** Refusals without a human that lock guard: this many attempts within this window. */
export const DEFAULT_BURST: { readonly attempts: number; readonly windowSeconds: number } = {
  attempts: 3,
  windowSeconds: 60,
};
/** Bounds of a configured lockout (user, project or system policy). */
export const LOCKOUT_RANGE = { attempts: { min: 1, max: 100 }, windowSeconds: { min: 1, max: 86_400 } } as const;
/** How long an alert command or webhook may take (config may shorten, never exceed, the maximum). */
export const DEFAULT_ALERT_TIMEOUT_SECONDS = 10;
export const MAX_ALERT_TIMEOUT_SECONDS = 60;

export function defaultConfig(): GuardConfig {
  return {
    protectedPaths: [],
    environments: [],
    apiHosts: DEFAULT_API_HOSTS.map((h) => ({ ...h })),
    cooldownSeconds: DEFAULT_COOLDOWN_SECONDS,
    probes: { enabled: true, timeoutMs: DEFAULT_PROBE_TIMEOUT_MS },
  };
}
