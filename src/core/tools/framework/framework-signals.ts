import { posix } from 'node:path';
import type { EnvironmentSignal } from '../../environment.js';
import { parseDotenv } from '../dotenv/read-dotenv.js';
import type { Context } from '../../types.js';

/** An app-environment variable (RAILS_ENV, MIX_ENV, NODE_ENV…) when set. */
export function envVarSignal(name: string, ctx: Context): EnvironmentSignal | undefined {
  const value = ctx.env[name];
  return value ? { kind: 'other', value, source: 'env', detail: `${name}=${value}` } : undefined;
}

/** A variable from the process environment, else from the first dotenv file that defines it. */
export function lookupVariable(
  name: string,
  ctx: Context,
  dotenvFiles: readonly string[],
): { value: string; from: string; source: 'env' | 'tool-config' } | undefined {
  const direct = ctx.env[name];
  if (direct) return { value: direct, from: `${name} in the environment`, source: 'env' };
  for (const file of dotenvFiles) {
    const path = posix.resolve(ctx.cwd, file);
    const text = ctx.fs.readText(path);
    const value = text === undefined ? undefined : parseDotenv(text).get(name);
    if (value) return { value, from: `${name} in ${path}`, source: 'tool-config' };
  }
  return undefined;
}

export interface DatabaseTarget {
  host: string;
  database: string;
}

/** Host and database of a URL such as postgres://u:p@db.example.com:5432/app; undefined for other strings. */
export function databaseTarget(url: string): DatabaseTarget | undefined {
  try {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (parsed.protocol === 'file:' || parsed.protocol === 'sqlite:')
      return { host: 'localhost', database: database || url };
    return parsed.hostname ? { host: parsed.hostname, database: database || 'default-database' } : undefined;
  } catch {
    return undefined;
  }
}

/** The DATABASE_URL host as a db-host signal (the real landing place of a reset). */
export function databaseUrlSignal(
  ctx: Context,
  dotenvFiles: readonly string[] = ['.env'],
  name = 'DATABASE_URL',
): { signal: EnvironmentSignal; target: DatabaseTarget } | undefined {
  const found = lookupVariable(name, ctx, dotenvFiles);
  const target = found ? databaseTarget(found.value) : undefined;
  if (!found || !target) return undefined;
  return {
    target,
    signal: { kind: 'db-host', value: target.host, source: found.source, detail: `${found.from}: host ${target.host}` },
  };
}

export function present<T>(...items: (T | undefined)[]): T[] {
  return items.filter((i): i is T => i !== undefined);
}

/** Production-looking signals first: when a label and a host disagree, the riskier one names the environment. */
export function cautiousOrder(
  signals: readonly EnvironmentSignal[],
  isProduction: (name: string) => boolean,
): EnvironmentSignal[] {
  return [...signals.filter((s) => isProduction(s.value)), ...signals.filter((s) => !isProduction(s.value))];
}
