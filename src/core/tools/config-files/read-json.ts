import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';

export type JsonRead<T> = { ok: true; value: T } | { ok: false; error: string };

/** A tool's JSON config file: undefined when absent, an error (never a throw) when unreadable. */
export function readJsonFile<T>(ctx: Context, path: string): JsonRead<T> | undefined {
  const text = ctx.fs.readText(path);
  if (text === undefined) return undefined;
  try {
    // Some tools (az) write a UTF-8 byte-order mark.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as T };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A config file that exists but cannot be read names no environment: the result is "unknown"
 * (treated as production) with the reason in the evidence, so benign commands still pass.
 */
export function unreadableSignal(path: string, error: string): EnvironmentSignal {
  return { kind: 'other', value: 'unknown', source: 'tool-config', detail: `${path} could not be read (${error})` };
}
