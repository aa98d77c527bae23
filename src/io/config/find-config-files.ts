import { readdirSync, statSync } from 'node:fs';
import { readRegularFile } from '../read-regular-file.js';
import { dirname, join } from 'node:path';
import { configBase } from '../account-home.js';
import type { ConfigLayer } from '../../core/config/problem.js';

export interface ConfigCandidate {
  file: string;
  layer: ConfigLayer;
  /** Executable formats are never loaded from a project. */
  executable: boolean;
  /** Owned by another account (not you, not root): e.g. planted in a shared /tmp; not applied. */
  foreign?: boolean;
}

const PROJECT_DATA = new Set([
  'guard.config.json',
  'guard.config.yaml',
  'guard.config.yml',
  '.guardrc',
  '.guardrc.json',
  '.guardrc.yaml',
  '.guardrc.yml',
  'package.json',
]);
const PROJECT_EXECUTABLE = /^(guard\.config|\.guardrc)\.(js|cjs|mjs|ts|cts|mts)$/;
const USER_NAMES = ['config.json', 'config.yaml', 'config.yml', 'config.js', 'config.cjs', 'config.mjs'];
const EXECUTABLE_EXT = /\.(js|cjs|mjs|ts|cts|mts)$/;

/** The user config directory: ~/.config/guard of the account (account-home.ts says when XDG_CONFIG_HOME counts). */
export function userConfigDir(env: Readonly<Record<string, string | undefined>>, home: string): string {
  return join(configBase(env, home), 'guard');
}

export function findUserConfigFiles(dir: string): ConfigCandidate[] {
  const names = listDir(dir);
  return USER_NAMES.filter((n) => names.has(n)).map((n) => ({
    file: join(dir, n),
    layer: 'user',
    executable: EXECUTABLE_EXT.test(n),
  }));
}

/** Every project config from cwd up to the root, nearest first. All of them apply (each can only tighten). */
export function findProjectConfigFiles(cwd: string, userDir: string): ConfigCandidate[] {
  const found: ConfigCandidate[] = [];
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (dir !== userDir) {
      for (const name of [...listDir(dir)].sort()) {
        if (PROJECT_DATA.has(name) || PROJECT_EXECUTABLE.test(name)) {
          const file = join(dir, name);
          if (name === 'package.json' && !mayHoldGuardKey(file)) continue;
          const owner = fileOwner(file);
          if (owner === undefined) continue;
          const foreign = typeof process.getuid === 'function' && owner !== 0 && owner !== process.getuid();
          found.push({
            file,
            layer: 'project',
            executable: PROJECT_EXECUTABLE.test(name),
            ...(foreign ? { foreign } : {}),
          });
        }
      }
    }
    if (dirname(dir) === dir) break;
  }
  return found;
}

/**
 * Pre-check so that an ordinary package.json does not cost a config load on every command: only a
 * top-level "guard" key counts (not `"bin": {"guard": …}`); one that does not parse goes to the
 * loader, which reports it.
 */
function mayHoldGuardKey(file: string): boolean {
  let text: string;
  try {
    text = readRegularFile(file, 16 * 1024 * 1024).toString('utf8');
  } catch {
    return false;
  }
  if (!/"guard"\s*:/.test(text)) return false;
  try {
    const data: unknown = JSON.parse(text);
    return typeof data !== 'object' || data === null || Object.hasOwn(data, 'guard');
  } catch {
    return true;
  }
}

function listDir(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set();
  }
}

/** The owner's uid of a regular file; undefined for anything else. */
function fileOwner(path: string): number | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? s.uid : undefined;
  } catch {
    return undefined;
  }
}
