// Where a libpq client connects, per parameter with libpq's precedence (fe-connect.c
// conninfo_add_defaults): connection string > flags > service file > PG* variables > defaults.
import { posix } from 'node:path';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context, EvidenceSource } from '../../types.js';
import { isConnString, parseConnString, parseServiceFile, redactConnString, type ConnParams } from './conninfo.js';

export interface TargetInput {
  /** -d value or positional dbname (may be a URI or conninfo). */
  dbname?: string;
  host?: string;
  port?: string;
  user?: string;
  /** The default database when none is given (dropdb/pg_restore connect to a maintenance db). */
  defaultDb?: string;
}

interface Value {
  value: string;
  source: EvidenceSource;
  detail: string;
}

export interface PgTarget {
  host: Value;
  port: Value;
  user: Value;
  dbname: Value;
  /** True when the host is a Unix-socket directory. */
  socket: boolean;
  /** The connection URI/conninfo given, password removed. */
  connString?: string;
  notes: string[];
}

const ENV_VARS: Record<string, string> = {
  host: 'PGHOST',
  port: 'PGPORT',
  user: 'PGUSER',
  dbname: 'PGDATABASE',
  service: 'PGSERVICE',
};

export function resolvePgTarget(input: TargetInput, ctx: Context): PgTarget {
  const explicit: Record<string, Value> = {};
  const notes: string[] = [];
  const put = (key: string, value: string | undefined, source: EvidenceSource, detail: string): void => {
    if (value !== undefined && value !== '' && !explicit[key]) explicit[key] = { value, source, detail };
  };
  let connString: string | undefined;
  if (input.dbname !== undefined && isConnString(input.dbname)) {
    connString = redactConnString(input.dbname);
    const params = parseConnString(input.dbname);
    for (const [k, v] of Object.entries(params))
      if (k !== 'password') put(k, v, 'flag', `connection string ${connString}`);
  } else put('dbname', input.dbname, 'flag', `database ${input.dbname}`);
  put('host', input.host, 'flag', `-h ${input.host}`);
  put('port', input.port, 'flag', `-p ${input.port}`);
  put('user', input.user, 'flag', `-U ${input.user}`);
  const service = explicit.service?.value ?? ctx.env.PGSERVICE;
  if (service !== undefined) {
    const found = lookupService(service, ctx);
    if (found) {
      for (const [k, v] of Object.entries(found.params))
        if (k !== 'password') put(k, v, 'tool-config', `service "${service}" in ${found.file}`);
    } else {
      notes.push(`service "${service}" was not found in any service file; psql will refuse to connect`);
    }
  }
  for (const [key, variable] of Object.entries(ENV_VARS))
    put(key, ctx.env[variable], 'env', `${variable}=${ctx.env[variable]}`);
  if (!explicit.host && ctx.env.PGHOSTADDR) put('host', ctx.env.PGHOSTADDR, 'env', `PGHOSTADDR=${ctx.env.PGHOSTADDR}`);
  const osUser = ctx.env.USER ?? ctx.env.LOGNAME ?? 'postgres';
  const host = explicit.host ?? {
    value: '/var/run/postgresql',
    source: 'default',
    detail: 'libpq default: the local Unix socket',
  };
  const port = explicit.port ?? { value: '5432', source: 'default', detail: 'default port 5432' };
  const user = explicit.user ?? { value: osUser, source: 'default', detail: `default user: the OS user ${osUser}` };
  const dbname =
    explicit.dbname ??
    (input.defaultDb
      ? { value: input.defaultDb, source: 'default', detail: `maintenance database ${input.defaultDb}` }
      : { ...user, detail: `default database: the user name ${user.value}` });
  return { host, port, user, dbname, socket: host.value.startsWith('/'), ...(connString ? { connString } : {}), notes };
}

function lookupService(name: string, ctx: Context): { params: ConnParams; file: string } | undefined {
  const userFile = ctx.env.PGSERVICEFILE ?? posix.join(ctx.home, '.pg_service.conf');
  const systemDir = ctx.env.PGSYSCONFDIR ?? '/etc/postgresql-common';
  for (const file of [userFile, posix.join(systemDir, 'pg_service.conf')]) {
    const text = ctx.fs.readText(file);
    const params = text === undefined ? undefined : parseServiceFile(text).get(name);
    if (params) return { params, file };
  }
  return undefined;
}

/** `user@host:port/db`, never with a password; a socket shows as localhost. */
export function describePgTarget(t: PgTarget): string {
  const host = t.socket ? 'localhost' : t.host.value;
  return `${t.user.value}@${host}:${t.port.value}/${t.dbname.value}`;
}

/** Signals for resolveEnvironment, strongest first: host, then database, then the connection string. */
export function pgSignals(t: PgTarget): EnvironmentSignal[] {
  const hostValue = t.socket ? 'localhost' : t.host.value;
  const hostDetail = t.socket ? `${t.host.detail} (Unix socket in ${t.host.value})` : t.host.detail;
  const signals: EnvironmentSignal[] = [
    { kind: 'db-host', value: hostValue, source: t.host.source, detail: `host ${hostValue}: ${hostDetail}` },
    {
      kind: 'db-name',
      value: t.dbname.value,
      source: t.dbname.source,
      detail: `database ${t.dbname.value}: ${t.dbname.detail}`,
    },
  ];
  if (t.connString)
    signals.push({ kind: 'db-uri', value: t.connString, source: 'flag', detail: `connection string ${t.connString}` });
  return signals;
}
