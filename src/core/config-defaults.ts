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
export const DEFAULT_COOLDOWN_SECONDS = MIN_COOLDOWN_SECONDS;
export const DEFAULT_PROBE_TIMEOUT_MS = 2000;

export function defaultConfig(): GuardConfig {
  return {
    protectedPaths: [],
    environments: [],
    apiHosts: DEFAULT_API_HOSTS.map((h) => ({ ...h })),
    cooldownSeconds: DEFAULT_COOLDOWN_SECONDS,
    probes: { enabled: true, timeoutMs: DEFAULT_PROBE_TIMEOUT_MS },
  };
}
