// Running a named script from a manifest (package.json, composer.json …): the script's line, with the
// pre/post scripts around it, judged as a shell line in the manifest's directory. Findings name the
// manifest, the line the script is on, and the script.
import { posix } from 'node:path';
import { derived } from '../cached-file-view.js';
import type { PackIndex } from '../classify.js';
import { shellQuote } from '../display.js';
import type { Context, Finding } from '../types.js';
import { hasUnknown, type Invocation } from '../unwrap/invocation.js';
import { opaqueFinding, shortLabel } from '../unwrap/shell-findings.js';
import { displayPath, followRecipe, readFollowed } from './script.js';

export interface Manifest {
  path: string;
  text: string;
  /** Script name → its line(s). */
  scripts: Record<string, string[]>;
}

/** The nearest manifest named `name` at or above `cwd`, parsed; a finding when it exists but cannot be read as JSON. */
export function nearestJsonManifest(name: string, ctx: Context, key = 'scripts'): Manifest | Finding[] | undefined {
  // In a batch (nothing runs between lines) the manifest is read and parsed once.
  return derived(ctx.fs, `manifest\u0000${name}\u0000${key}\u0000${ctx.cwd}`, () => findManifest(name, ctx, key));
}

function findManifest(name: string, ctx: Context, key: string): Manifest | Finding[] | undefined {
  for (let dir = ctx.cwd; ; dir = posix.dirname(dir)) {
    const path = posix.join(dir, name);
    const read = readFollowed(path, path, ctx, name);
    if (read !== undefined) {
      if ('findings' in read) return read.findings;
      return parseJsonManifest(path, read.text, key, ctx);
    }
    if (dir === '/') return undefined;
  }
}

function parseJsonManifest(path: string, text: string, key: string, ctx: Context): Manifest | Finding[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [
      opaqueFinding(
        displayPath(path, ctx),
        `${displayPath(path, ctx)} is not valid JSON, so guard cannot see what its scripts run`,
      ),
    ];
  }
  const raw = (data as Record<string, unknown> | null)?.[key];
  const scripts: Record<string, string[]> = {};
  if (raw && typeof raw === 'object') {
    for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof value === 'string') scripts[name] = [value];
      else if (Array.isArray(value)) scripts[name] = value.filter((v): v is string => typeof v === 'string');
    }
  }
  return { path, text, scripts };
}

/** The 1-based line of `"name":` in the manifest text (first occurrence after the scripts key). */
export function lineOfKey(text: string, name: string, after = '"scripts"'): number {
  const from = Math.max(0, text.indexOf(after));
  const at = text.indexOf(`${JSON.stringify(name)}`, from);
  return at === -1 ? 1 : text.slice(0, at).split('\n').length;
}

/** Judges scripts `names` (in order) of a manifest; `args` are appended to the main one. */
export function runNamedScripts(
  manifest: Manifest,
  names: string[],
  main: string,
  args: string[],
  inv: Invocation,
  index: PackIndex,
  expand: (line: string, name: string) => string = (l) => l,
): Finding[] {
  const dir = posix.dirname(manifest.path);
  const ctx = { ...inv.ctx, cwd: dir };
  const shown = displayPath(manifest.path, inv.ctx);
  const out: Finding[] = [];
  for (const name of names) {
    const lines = manifest.scripts[name];
    if (lines === undefined) continue;
    const at = lineOfKey(manifest.text, name);
    for (const raw of lines) {
      const line = expand(name === main && args.length > 0 ? `${raw} ${shellQuote(args)}` : raw, name);
      if (hasUnknown(line)) {
        out.push(opaqueFinding(`${shown}:${name}`, `the script "${name}" in ${shown} uses values guard cannot see`));
        continue;
      }
      out.push(
        ...followRecipe(line, `${shown} line ${at}, script "${name}": ${shortLabel(raw)}`, ctx, index, inv.depth + 1),
      );
    }
  }
  return out;
}
