// A throwaway PostgreSQL server for e2e tests: initdb into a temp dir, listening only on a Unix
// socket in that dir with a private port; as root the server runs as an unprivileged user.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  socketDir: string;
  port: string;
  user: string;
  /** Connection options for psql: -h SOCKETDIR -p PORT -U USER. */
  connArgs: string[];
  /** Runs psql directly (not through guard) and returns stdout. */
  psql(sql: string, db?: string): string;
  stop(): void;
}

/** The directory holding initdb/pg_ctl, or undefined when PostgreSQL is not installed. */
export function findPostgresBin(): string | undefined {
  const versions = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))
    : [];
  for (const v of versions)
    if (existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)) return `/usr/lib/postgresql/${v}/bin`;
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const path = which.stdout.trim();
  return which.status === 0 && path ? path.replace(/\/initdb$/, '') : undefined;
}

export function startPostgres(bin: string): PostgresServer {
  const root = mkdtempSync('/tmp/guard-pg-');
  const data = join(root, 'data');
  const asRoot = userInfo().uid === 0;
  const runAs = asRoot ? serverUser() : undefined;
  if (runAs) chownSync(root, runAs.uid, runAs.gid);
  const run = (file: string, args: string[]): void => {
    const argv = runAs ? ['runuser', '-u', runAs.name, '--', file, ...args] : [file, ...args];
    execFileSync(argv[0] as string, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], cwd: root });
  };
  const port = String(20000 + (process.pid % 20000));
  const user = 'guardtest';
  run(`${bin}/initdb`, ['-D', data, '-U', user, '--auth=trust', '-E', 'SQL_ASCII', '--locale=C', '--no-sync']);
  const options = `-k ${root} -p ${port} -c listen_addresses='' -c fsync=off`;
  run(`${bin}/pg_ctl`, ['-D', data, '-l', join(root, 'log'), '-o', options, '-w', 'start']);
  const connArgs = ['-h', root, '-p', port, '-U', user];
  return {
    socketDir: root,
    port,
    user,
    connArgs,
    psql: (sql, db = 'postgres') =>
      execFileSync('psql', [...connArgs, '-X', '-d', db, '-At', '-v', 'ON_ERROR_STOP=1', '-c', sql], {
        encoding: 'utf8',
      }),
    stop: () => {
      try {
        run(`${bin}/pg_ctl`, ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

/** An unprivileged account for the server: `postgres` if the package made one, else `nobody`. */
function serverUser(): { name: string; uid: number; gid: number } {
  for (const name of ['postgres', 'nobody']) {
    const id = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (id.status === 0) return { name, uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
  }
  throw new Error('no unprivileged user (postgres or nobody) to run the test server as');
}
