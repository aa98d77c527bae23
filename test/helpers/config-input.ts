import type { ConfigFileInput } from '../../src/core/config/merge-layers.js';
import { validateConfigData } from '../../src/core/config/validate.js';

/** A schema-checked config file input, for layering tests. */
export function input(file: string, layer: 'user' | 'project', data: unknown): ConfigFileInput {
  const v = validateConfigData(data, file, layer);
  if (!v.ok) throw new Error(`fixture ${file} invalid: ${JSON.stringify(v.problems)}`);
  return { file, layer, data: v.data };
}

export const USER = '/home/user/.config/guard/config.yaml';
export const PROJECT = '/home/user/project/guard.config.json';
