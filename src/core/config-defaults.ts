import type { GuardConfig } from './types.js';

export function defaultConfig(): GuardConfig {
  return { protectedPaths: [], environments: [] };
}
