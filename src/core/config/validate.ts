import type { z } from 'zod';
import { configFileSchema, type ConfigFileData } from './schema.js';
import type { ConfigLayer, ConfigProblem } from './problem.js';

export type Validated = { ok: true; data: ConfigFileData } | { ok: false; problems: ConfigProblem[] };

/** Checks one file's data against the schema; every problem names the file, the key path and what was expected. */
export function validateConfigData(data: unknown, file: string, layer: ConfigLayer): Validated {
  const result = configFileSchema.safeParse(data ?? {});
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      layer,
      key: keyPath(issue.path),
      message: describeIssue(issue),
    })),
  };
}

/** `["environments", 1, "production"]` → `environments[1].production`. */
export function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path)
    out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  return out;
}

function describeIssue(issue: z.ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (not part of guard's config; check the spelling)`;
  if (issue.code === 'invalid_union' && issue.message === 'Invalid input')
    return 'expected one of the documented shapes (README "Configuration")';
  if (issue.code === 'invalid_enum_value')
    return `expected one of ${issue.options.join(', ')}, got "${String(issue.received)}"`;
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return `missing: expected ${issue.expected}`;
  return issue.message.replace(/^[A-Z]/, (c) => c.toLowerCase());
}
