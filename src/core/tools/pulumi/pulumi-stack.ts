import { posix } from 'node:path';
import { optionValue, type ParsedArgs } from '../../argv/parse-options.js';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';
import { readJsonFile, unreadableSignal } from '../config-files/read-json.js';

/** `name:` of Pulumi.yaml in the project directory. */
export function pulumiProjectName(ctx: Context, dir: string): string | undefined {
  for (const file of ['Pulumi.yaml', 'Pulumi.yml']) {
    const text = ctx.fs.readText(posix.join(dir, file));
    const name = text ? /^name:\s*["']?([^"'\s#]+)/m.exec(text)?.[1] : undefined;
    if (name) return name;
  }
  return undefined;
}

/**
 * -s/--stack, else the stack `pulumi stack select` recorded in $PULUMI_HOME/workspaces/PROJECT-HASH-workspace.json.
 * The hash is of the project path; when several workspace files match the project name, the stack stays unknown.
 */
export function pulumiStackSignals(args: ParsedArgs, ctx: Context): EnvironmentSignal[] {
  const flag = optionValue(args, 'stack');
  if (flag) return [{ kind: 'other', value: flag, source: 'flag', detail: `--stack ${flag}` }];
  const dir = posix.resolve(ctx.cwd, optionValue(args, 'cwd') ?? '.');
  const project = pulumiProjectName(ctx, dir);
  if (!project) return [];
  const workspaces = posix.join(ctx.env.PULUMI_HOME ?? posix.join(ctx.home, '.pulumi'), 'workspaces');
  const files = (ctx.fs.readdir(workspaces) ?? []).filter(
    (f) => f.startsWith(`${project}-`) && f.endsWith('-workspace.json'),
  );
  if (files.length !== 1) return [];
  const path = posix.join(workspaces, files[0] as string);
  const read = readJsonFile<{ stack?: string }>(ctx, path);
  if (read && !read.ok) return [unreadableSignal(path, read.error)];
  const stack = read?.value.stack;
  return stack ? [{ kind: 'other', value: stack, source: 'tool-config', detail: `selected stack in ${path}` }] : [];
}
