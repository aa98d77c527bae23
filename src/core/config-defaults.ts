import type { GuardConfig } from './types.js';

export const DEFAULT_COOLDOWN_SECONDS = 5;
export const DEFAULT_PROBE_TIMEOUT_MS = 2000;

export function defaultConfig(): GuardConfig {
  return { protectedPaths: [], environments: [], cooldownSeconds: DEFAULT_COOLDOWN_SECONDS, probes: { enabled: true, timeoutMs: DEFAULT_PROBE_TIMEOUT_MS } };
}
