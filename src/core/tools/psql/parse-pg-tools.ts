// dropdb and pg_restore command lines (postgresql.org/docs/current/app-dropdb.html, app-pgrestore.html).
import { hasOption, optionValue, parseOptions, type OptionSpec } from '../../argv/parse-options.js';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';
import { describePgTarget, pgSignals, resolvePgTarget, type PgTarget } from './pg-target.js';

const CONN: OptionSpec[] = [
  { id: 'host', short: ['h'], long: ['host'], value: true },
  { id: 'port', short: ['p'], long: ['port'], value: true },
  { id: 'username', short: ['U'], long: ['username'], value: true },
  { id: 'no-password', short: ['w'], long: ['no-password'] },
  { id: 'password', short: ['W'], long: ['password'] },
  { id: 'help', short: ['?'], long: ['help'] },
  { id: 'version', short: ['V'], long: ['version'] },
];

const DROPDB: OptionSpec[] = [
  ...CONN,
  { id: 'echo', short: ['e'], long: ['echo'] },
  { id: 'force', short: ['f'], long: ['force'] },
  { id: 'interactive', short: ['i'], long: ['interactive'] },
  { id: 'if-exists', long: ['if-exists'] },
  { id: 'maintenance-db', long: ['maintenance-db'], value: true },
];

const PG_RESTORE_VALUED =
  'd:dbname f:file F:format I:index j:jobs L:use-list n:schema N:exclude-schema P:function t:table T:trigger S:superuser :role :section :exclude-database :filter';
const PG_RESTORE_FLAGS =
  'a:data-only c:clean C:create e:exit-on-error l:list O:no-owner s:schema-only v:verbose x:no-privileges 1:single-transaction :if-exists :disable-triggers :no-comments :no-data-for-failed-tables :no-tablespaces :use-set-session-authorization :enable-row-security :transaction-size';

const PG_RESTORE: OptionSpec[] = [...CONN, ...table(PG_RESTORE_VALUED, true), ...table(PG_RESTORE_FLAGS, false)];

function table(spec: string, value: boolean): OptionSpec[] {
  return spec.split(' ').map((e) => {
    const [s, l] = e.split(':') as [string, string];
    return { id: l, ...(s ? { short: [s] } : {}), long: [l], value };
  });
}

export interface PgToolParsed {
  command: 'dropdb' | 'pg_restore';
  target: PgTarget;
  /** dropdb: the database dropped. pg_restore: what --clean/--create replaces. */
  victim?: string;
  details: string[];
  signals: EnvironmentSignal[];
  warnings: string[];
}

export function parsePgTool(args: readonly string[], ctx: Context, command: string): PgToolParsed {
  return command === 'dropdb' ? parseDropdb(args, ctx) : parsePgRestore(args, ctx);
}

function parseDropdb(args: readonly string[], ctx: Context): PgToolParsed {
  const p = parseOptions(args, DROPDB, { style: 'gnu' });
  const target = resolvePgTarget(
    {
      dbname: optionValue(p, 'maintenance-db'),
      host: optionValue(p, 'host'),
      port: optionValue(p, 'port'),
      user: optionValue(p, 'username'),
      defaultDb: 'postgres',
    },
    ctx,
  );
  const victim = hasOption(p, 'help') || hasOption(p, 'version') ? undefined : p.positionals[0];
  const [host, , ...rest] = pgSignals(target);
  const signals = [
    host as EnvironmentSignal,
    ...(victim
      ? [
          {
            kind: 'db-name' as const,
            value: victim,
            source: 'flag' as const,
            detail: `database ${victim} (dropdb operand)`,
          },
        ]
      : []),
    ...rest,
  ];
  const details = [
    `server: ${describePgTarget(target)} (dropdb connects to the maintenance database and drops ${victim ?? '?'})`,
    ...target.notes,
  ];
  if (hasOption(p, 'force')) details.push('--force: open connections are terminated first');
  const warnings = hasOption(p, 'interactive')
    ? ['-i asks on stdin, which an agent can answer; guard asks a human instead']
    : [];
  return { command: 'dropdb', target, ...(victim ? { victim } : {}), details, signals, warnings };
}

function parsePgRestore(args: readonly string[], ctx: Context): PgToolParsed {
  const p = parseOptions(args, PG_RESTORE, { style: 'gnu' });
  const dbname = optionValue(p, 'dbname');
  const target = resolvePgTarget(
    { dbname, host: optionValue(p, 'host'), port: optionValue(p, 'port'), user: optionValue(p, 'username') },
    ctx,
  );
  const signals = pgSignals(target);
  const base = { command: 'pg_restore' as const, target, signals, warnings: [] };
  // Without -d pg_restore only writes a script; -l only lists the archive.
  if (dbname === undefined || hasOption(p, 'list') || hasOption(p, 'help') || hasOption(p, 'version'))
    return { ...base, details: [] };
  const clean = hasOption(p, 'clean');
  const create = hasOption(p, 'create');
  if (!clean) return { ...base, details: [] };
  const archive = p.positionals[0];
  if (create) {
    const inside = archive ? archiveDbName(archive, ctx) : undefined;
    const victim = inside ?? `database-in-${archive ?? 'stdin'}`;
    return {
      ...base,
      victim,
      details: [
        `--clean --create drops and recreates the database named in the archive (${inside ? `${inside}, read with pg_restore -l` : 'not read: run pg_restore -l to see it'}); -d ${describePgTarget(target)} is only used to connect`,
        ...target.notes,
      ],
    };
  }
  return {
    ...base,
    victim: target.dbname.value,
    details: [
      `--clean drops every object in the archive from ${describePgTarget(target)} before restoring it`,
      ...target.notes,
    ],
  };
}

/** `pg_restore -l ARCHIVE` prints `;     dbname: NAME` (a read-only probe). */
function archiveDbName(archive: string, ctx: Context): string | undefined {
  const result = ctx.probe?.('pg_restore', ['-l', archive], { cwd: ctx.cwd }); // the configured probe timeout (config-defaults.ts) applies
  if (!result?.ok) return undefined;
  return /^;\s*dbname:\s*(\S+)/m.exec(result.stdout)?.[1];
}
