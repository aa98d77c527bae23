import { posix } from 'node:path';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';

/** The root module directory: `-chdir=DIR` (relative to cwd) or cwd. */
export function rootModuleDir(chdir: string | undefined, ctx: Context): string {
  return chdir === undefined ? ctx.cwd : posix.resolve(ctx.cwd, chdir);
}

/** How a person names the root module: its path below cwd, its directory name when it is cwd, else absolute. */
export function moduleName(rootDir: string, ctx: Context): string {
  if (rootDir === ctx.cwd) return posix.basename(rootDir) || '/';
  const relative = posix.relative(ctx.cwd, rootDir);
  return relative.startsWith('..') ? rootDir : relative;
}

/**
 * The workspace terraform will use, as terraform decides it (internal/command/meta.go): TF_WORKSPACE,
 * else `<data dir>/environment` where the data dir is TF_DATA_DIR (relative to the root module) or
 * `.terraform`, else `default`. Followed by the root module directory as a second signal.
 */
export function terraformSignals(rootDir: string, chdir: string | undefined, ctx: Context): EnvironmentSignal[] {
  const dirSignal: EnvironmentSignal = {
    kind: 'tf-dir',
    value: rootDir,
    source: chdir === undefined ? 'target' : 'flag',
    detail:
      chdir === undefined ? `root module ${rootDir} (current directory)` : `root module ${rootDir} (-chdir=${chdir})`,
  };
  const fromEnv = ctx.env.TF_WORKSPACE;
  if (fromEnv !== undefined && fromEnv !== '') {
    return [{ kind: 'tf-workspace', value: fromEnv, source: 'env', detail: `TF_WORKSPACE=${fromEnv}` }, dirSignal];
  }
  const dataDir = posix.resolve(rootDir, ctx.env.TF_DATA_DIR || '.terraform');
  const file = posix.join(dataDir, 'environment');
  const selected = ctx.fs.readText(file)?.trim();
  if (selected) {
    return [
      {
        kind: 'tf-workspace',
        value: selected,
        source: 'tool-config',
        detail: `workspace "${selected}" selected in ${file}`,
      },
      dirSignal,
    ];
  }
  return [
    {
      kind: 'tf-workspace',
      value: 'default',
      source: 'default',
      detail: `no TF_WORKSPACE and no ${file}: terraform uses workspace "default"`,
    },
    dirSignal,
  ];
}
