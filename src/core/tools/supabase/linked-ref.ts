import { posix } from 'node:path';
import { optionValue, type ParsedArgs } from '../../argv/parse-options.js';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';

/** The project ref written by `supabase link` into supabase/.temp/project-ref, searched upward from the workdir. */
export function linkedProjectRef(ctx: Context, workdir: string | undefined): EnvironmentSignal | undefined {
  const start = posix.resolve(ctx.cwd, workdir ?? ctx.env.SUPABASE_WORKDIR ?? '.');
  for (let d = start; ; d = posix.dirname(d)) {
    const file = posix.join(d, 'supabase/.temp/project-ref');
    const ref = ctx.fs.readText(file)?.trim();
    if (ref) return { kind: 'supabase-ref', value: ref, source: 'tool-config', detail: `linked project in ${file}` };
    if (d === '/' || workdir !== undefined) return undefined;
  }
}

/** Host and database name of a postgres URL, for naming `--db-url` targets. */
export function describeDbUrl(url: string): { host: string; database: string } | undefined {
  try {
    const parsed = new URL(url);
    return { host: parsed.hostname, database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres' };
  } catch {
    return undefined;
  }
}

/** The project a supabase command acts on: --project-ref, else the linked project. */
export function supabaseSignals(args: ParsedArgs, ctx: Context): EnvironmentSignal[] {
  const flag = optionValue(args, 'project-ref');
  if (flag) return [{ kind: 'supabase-ref', value: flag, source: 'flag', detail: `--project-ref ${flag}` }];
  const linked = linkedProjectRef(ctx, optionValue(args, 'workdir'));
  return linked ? [linked] : [];
}
