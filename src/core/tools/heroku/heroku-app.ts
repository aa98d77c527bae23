import { optionValue, type ParsedArgs } from '../../argv/parse-options.js';
import type { EnvironmentSignal } from '../../environment.js';
import { gitRemoteUrl } from '../git/read-remotes.js';
import type { Context } from '../../types.js';

/** The app name in a Heroku git URL (https://git.heroku.com/APP.git or git@heroku.com:APP.git). */
export function herokuAppOf(url: string): string | undefined {
  return /heroku\.com[:/]([^/]+?)(?:\.git)?\/?$/.exec(url)?.[1];
}

/** -a/--app > HEROKU_APP > -r/--remote's URL > the git remote named `heroku` (the CLI's own order). */
export function herokuAppSignals(args: ParsedArgs, ctx: Context): EnvironmentSignal[] {
  const flag = optionValue(args, 'app');
  if (flag) return [{ kind: 'heroku-app', value: flag, source: 'flag', detail: `--app ${flag}` }];
  const env = ctx.env.HEROKU_APP;
  if (env) return [{ kind: 'heroku-app', value: env, source: 'env', detail: `HEROKU_APP=${env}` }];
  const remote = optionValue(args, 'remote') ?? 'heroku';
  const found = gitRemoteUrl(ctx, remote);
  const app = found ? herokuAppOf(found.url) : undefined;
  if (!found || !app) return [];
  return [
    {
      kind: 'heroku-app',
      value: app,
      source: optionValue(args, 'remote') ? 'flag' : 'tool-config',
      detail: `git remote "${remote}" (${found.url}) in ${found.path}`,
    },
  ];
}
