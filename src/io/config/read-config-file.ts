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
  // A FIFO or device planted under a config file's name would block the read: refused unread.
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) return { kind: 'error', label, message: 'is not a regular file (a FIFO, device or directory) and was not read' };
  if (layer === 'user') {
    const unsafe = unsafeOwnership(file);
    if (unsafe) return { kind: 'error', label, message: unsafe };
  }
  try {
    const { defaultLoaders } = await import('cosmiconfig');
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
        ? { '.json': dataOnly(parseJson), '.yaml': dataOnly(defaultLoaders['.yaml']), '.yml': dataOnly(defaultLoaders['.yml']), noExt: dataOnly(defaultLoaders.noExt), '.js': refuse, '.cjs': refuse, '.mjs': refuse, '.ts': refuse }
        : { '.json': dataOnly(parseJson), '.yaml': dataOnly(defaultLoaders['.yaml']), '.yml': dataOnly(defaultLoaders['.yml']) };
    const result = await loadWithoutMetaConfig(file, loaders);
    if (!result || result.config === undefined) return file.endsWith('package.json') ? { kind: 'absent' } : { kind: 'data', data: {}, label };
    return { kind: 'data', data: result.config, label };
  } catch (error) {
    return { kind: 'error', label, message: `cannot be read: ${firstLine(error)}` };
  }
}

interface LoadResult {
  config: unknown;
  filepath: string;
}

/**
 * cosmiconfig's `cosmiconfig()` factory first looks for its own "meta config" in process.cwd()
 * (`.config/config.js`, package.json#cosmiconfig) and *executes* JS found there: in a project, code
 * the agent can write. So guard builds the loader (cosmiconfig's Explorer) with complete options itself.
 */
async function loadWithoutMetaConfig(file: string, loaders: Record<string, (f: string, c: string) => unknown>): Promise<LoadResult | null> {
  const { defaultLoaders } = await import('cosmiconfig');
  // @ts-expect-error: internal module without type declarations (cosmiconfig 9 has no "exports" map)
  const { Explorer } = (await import('cosmiconfig/dist/Explorer.js')) as { Explorer: new (options: object) => { load(file: string): Promise<LoadResult | null> } };
  const explorer = new Explorer({
    moduleName: 'guard',
    packageProp: 'guard',
    searchPlaces: [],
    ignoreEmptySearchPlaces: true,
    cache: false,
    transform: (x: unknown) => x,
    loaders: { ...defaultLoaders, ...loaders },
    metaConfigFilePath: null,
    mergeImportArrays: true,
    mergeSearchPlaces: true,
    searchStrategy: 'none',
  });
  return explorer.load(file);
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

/** JSON.parse with the line and column of a syntax error (cheaper to load than cosmiconfig's parse-json). */
function parseJson(_file: string, content: string): unknown {
  if (content.trim() === '') return undefined;
  try {
    return JSON.parse(content) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    if (!at) throw error;
    const before = content.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    throw new Error(`invalid JSON at line ${line}, column ${before.length - before.lastIndexOf('\n')}: ${message.replace(/ in JSON at position \d+.*$/, '')}`);
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // cosmiconfig prefixes "JSON Error in FILE:"; the file is named already, the cause is on the next line
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !/^\w+ Error in .*:$/.test(l.trim()));
  return (lines[0] ?? text).trim();
}
