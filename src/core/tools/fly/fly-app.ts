import { posix } from 'node:path';
import { optionValue, type ParsedArgs } from '../../argv/parse-options.js';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';

/** `app = "name"` from a fly.toml text (top-level key). */
export function flyTomlApp(text: string): string | undefined {
  return /^\s*app\s*=\s*["']([^"']+)["']/m.exec(text)?.[1];
}

/** -a/--app > FLY_APP > `app` in fly.toml (-c/--config, else ./fly.toml): flyctl's own order. */
export function flyAppSignals(args: ParsedArgs, ctx: Context): EnvironmentSignal[] {
  const flag = optionValue(args, 'app');
  if (flag) return [{ kind: 'fly-app', value: flag, source: 'flag', detail: `--app ${flag}` }];
  const env = ctx.env.FLY_APP;
  if (env) return [{ kind: 'fly-app', value: env, source: 'env', detail: `FLY_APP=${env}` }];
  const config = optionValue(args, 'config');
  let file = posix.resolve(ctx.cwd, config ?? 'fly.toml');
  if (ctx.fs.stat(file)?.isDirectory) file = posix.join(file, 'fly.toml');
  const text = ctx.fs.readText(file);
  const app = text === undefined ? undefined : flyTomlApp(text);
  return app ? [{ kind: 'fly-app', value: app, source: 'tool-config', detail: `app = "${app}" in ${file}` }] : [];
}
