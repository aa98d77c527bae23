// Reads one config file through cosmiconfig. Project files are data only: JSON/YAML loaders,
// no `$import`, and executable formats are refused by name before anything could run them.
import { statSync } from 'node:fs';
import type { ConfigCandidate } from './find-config-files.js';

export type ReadResult = { kind: 'data'; data: unknown; label: string } | { kind: 'absent' } | { kind: 'error'; label: string; message: string };

export async function readConfigFile(candidate: ConfigCandidate): Promise<ReadResult> {
  const { file, layer } = candidate;
  const label = file.endsWith('package.json') ? `${file}#guard` : file;
  if (layer === 'project' && candidate.executable) {
    return { kind: 'error', label, message: 'an executable config in a project is refused and was not run (it is code the guarded agent could write); use guard.config.json or .yaml, or put code in your user config' };
  }
  if (layer === 'user') {
    const unsafe = unsafeOwnership(file);
    if (unsafe) return { kind: 'error', label, message: unsafe };
  }
  try {
    const { cosmiconfig, defaultLoaders } = await import('cosmiconfig');
    const refuse = (): never => {
      throw new Error('executable config formats are not loaded from a project');
    };
    const dataOnly =
      (load: (f: string, c: string) => unknown) =>
      (f: string, c: string): unknown => {
        const value = load(f, c);
        if (value && typeof value === 'object' && Object.hasOwn(value, '$import')) throw new Error('"$import" is not supported in guard config (each file must stand alone)');
        return value;
      };
    const loaders: Record<string, (f: string, c: string) => unknown> =
      layer === 'project'
        ? { '.json': dataOnly(defaultLoaders['.json']), '.yaml': dataOnly(defaultLoaders['.yaml']), '.yml': dataOnly(defaultLoaders['.yml']), noExt: dataOnly(defaultLoaders.noExt), '.js': refuse, '.cjs': refuse, '.mjs': refuse, '.ts': refuse }
        : { '.json': dataOnly(defaultLoaders['.json']), '.yaml': dataOnly(defaultLoaders['.yaml']), '.yml': dataOnly(defaultLoaders['.yml']) };
    const explorer = cosmiconfig('guard', { searchStrategy: 'none', cache: false, loaders });
    const result = await explorer.load(file);
    if (!result || result.config === undefined) return file.endsWith('package.json') ? { kind: 'absent' } : { kind: 'data', data: {}, label };
    return { kind: 'data', data: result.config, label };
  } catch (error) {
    return { kind: 'error', label, message: `cannot be read: ${firstLine(error)}` };
  }
}

/** A user config another account can write could loosen guard: refuse it, like ssh does. */
function unsafeOwnership(file: string): string | undefined {
  try {
    const s = statSync(file);
    if (typeof process.getuid === 'function' && s.uid !== process.getuid()) return `is owned by uid ${s.uid}, not by you; the user config must be yours`;
    if ((s.mode & 0o022) !== 0) return `is writable by group or others (mode ${(s.mode & 0o777).toString(8)}); run chmod go-w on it`;
    return undefined;
  } catch (error) {
    return `cannot be read: ${firstLine(error)}`;
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n').find((l) => l.trim() !== '') ?? text).trim();
}
