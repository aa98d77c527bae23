import { posix } from 'node:path';
import { optionValue, type ParsedArgs } from '../../argv/parse-options.js';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';
import { readJsonFile, unreadableSignal } from '../config-files/read-json.js';

/** --scope > --team > VERCEL_ORG_ID > orgId in .vercel/project.json (written by `vercel link`). */
export function vercelScopeSignals(args: ParsedArgs, ctx: Context): EnvironmentSignal[] {
  for (const id of ['scope', 'team'] as const) {
    const value = optionValue(args, id);
    if (value) return [{ kind: 'vercel-scope', value, source: 'flag', detail: `--${id} ${value}` }];
  }
  const env = ctx.env.VERCEL_ORG_ID;
  if (env) return [{ kind: 'vercel-scope', value: env, source: 'env', detail: `VERCEL_ORG_ID=${env}` }];
  const file = posix.join(posix.resolve(ctx.cwd, optionValue(args, 'cwd') ?? '.'), '.vercel/project.json');
  const read = readJsonFile<{ orgId?: string; projectName?: string }>(ctx, file);
  if (!read) return [];
  if (!read.ok) return [unreadableSignal(file, read.error)];
  const linked = read.value;
  return linked.orgId
    ? [
        {
          kind: 'vercel-scope',
          value: linked.orgId,
          source: 'tool-config',
          detail: `orgId in ${file}${linked.projectName ? ` (project ${linked.projectName})` : ''}`,
        },
      ]
    : [];
}

/** The project `vercel link` recorded (name when present, else its id), for commands given no name. */
export function linkedProject(args: ParsedArgs, ctx: Context): string {
  const file = posix.join(posix.resolve(ctx.cwd, optionValue(args, 'cwd') ?? '.'), '.vercel/project.json');
  const read = readJsonFile<{ projectId?: string; projectName?: string }>(ctx, file);
  return (read?.ok ? (read.value.projectName ?? read.value.projectId) : undefined) ?? 'linked-project';
}
