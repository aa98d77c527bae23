// Reads one config file. Project files are data only: JSON/YAML, no `$import`, and executable
// formats are refused by name before anything could run them.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConfigCandidate } from './find-config-files.js';

export type ReadResult =
  | { kind: 'data'; data: unknown; label: string }
  | { kind: 'absent' }
  | { kind: 'error'; label: string; message: string };

export async function readConfigFile(candidate: ConfigCandidate): Promise<ReadResult> {
  const { file, layer } = candidate;
  const label = file.endsWith('package.json') ? `${file}#guard` : file;
  if (layer === 'project' && candidate.executable) {
    return {
      kind: 'error',
      label,
      message:
        'an executable config in a project is refused and was not run (it is code the guarded agent could write); use guard.config.json or .yaml, or put code in your user config',
    };
  }
  // A FIFO or device planted under a config file's name would block the read: refused unread.
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat && !stat.isFile())
    return { kind: 'error', label, message: 'is not a regular file (a FIFO, device or directory) and was not read' };
  if (layer === 'user') {
    const unsafe = unsafeOwnership(file);
    if (unsafe) return { kind: 'error', label, message: unsafe };
  }
  try {
    const data = await loadFile(file, layer === 'user');
    if (data === undefined)
      return file.endsWith('package.json') ? { kind: 'absent' } : { kind: 'data', data: {}, label };
    if (data && typeof data === 'object' && Object.hasOwn(data, '$import'))
      throw new Error('"$import" is not supported in guard config (each file must stand alone)');
    return { kind: 'data', data, label };
  } catch (error) {
    return { kind: 'error', label, message: `cannot be read: ${firstLine(error)}` };
  }
}

/**
 * One file by its name: JSON, YAML (`.guardrc` too), `package.json#guard`; JavaScript only for the
 * user's own config. Discovery is find-config-files.ts's; nothing here searches or reads a meta config.
 */
async function loadFile(file: string, userLayer: boolean): Promise<unknown> {
  const ext = extname(file);
  if (userLayer && (ext === '.js' || ext === '.cjs' || ext === '.mjs')) {
    return ((await import(pathToFileURL(realpathSync(file)).href)) as { default?: unknown }).default;
  }
  const content = readFileSync(file, 'utf8');
  if (basename(file) === 'package.json') return (parseJson(file, content) as { guard?: unknown } | undefined)?.guard;
  if (ext === '.json') return parseJson(file, content);
  if (ext === '.yaml' || ext === '.yml' || ext === '')
    return content.trim() === '' ? undefined : (await import('js-yaml')).load(content);
  throw new Error(`${ext} is not a config format guard reads`);
}

/** A user config another account can write could loosen guard: refuse it, like ssh does. */
function unsafeOwnership(file: string): string | undefined {
  try {
    const s = statSync(file);
    if (typeof process.getuid === 'function' && s.uid !== process.getuid())
      return `is owned by uid ${s.uid}, not by you; the user config must be yours`;
    if ((s.mode & 0o022) !== 0)
      return `is writable by group or others (mode ${(s.mode & 0o777).toString(8)}); run chmod go-w on it`;
    return undefined;
  } catch (error) {
    return `cannot be read: ${firstLine(error)}`;
  }
}

/** JSON.parse with the line and column of a syntax error. */
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
    throw new Error(
      `invalid JSON at line ${line}, column ${before.length - before.lastIndexOf('\n')}: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
    );
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // A loader may prefix "… Error in FILE:"; the file is named already, the cause is on the next line
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !/^\w+ Error in .*:$/.test(l.trim()));
  return (lines[0] ?? text).trim();
}
