import { rmRule } from './rm-rule.js';

const SQLITE = 'SQLite format 3\u0000\u0010\u0000';

export const protectedPath = rmRule('protected-path', {
  summary: 'Any removal (recursive or not) of database data or a configured protected path',
  message:
    'rm would delete {{resource}} on the {{environment}} machine: database data (or a path your configuration protects), gone unless a backup exists',
  rationale:
    "PostgreSQL, MySQL, Redis and Docker volume data directories, directories holding PG_VERSION or ibdata1, SQLite files and Redis dumps are the data itself; removing even one file corrupts or loses it. The list is extended by `protectedPaths` in guard's configuration.",
  safer:
    "Use the database's own tools (`dropdb`, `DROP TABLE`, `docker volume rm` after a dump), or move the file aside (`mv app.db app.db.bak`) until you are sure.",
  examples: {
    destructive: [
      {
        argv: ['rm', '-rf', '/var/lib/postgresql/16/main'],
        resource: '/var/lib/postgresql/16/main',
        environment: 'local',
      },
      {
        argv: ['rm', '/var/lib/redis/dump.rdb'],
        resource: '/var/lib/redis/dump.rdb',
        environment: 'local',
        note: 'not recursive: still data',
      },
      {
        argv: ['rm', '-f', 'app.sqlite3'],
        files: { '/home/user/project/app.sqlite3': SQLITE },
        resource: '/home/user/project/app.sqlite3',
        environment: 'local',
      },
      {
        argv: ['rm', '-f', 'data/app.db'],
        files: { '/home/user/project/data/app.db': SQLITE },
        resource: '/home/user/project/data/app.db',
        environment: 'local',
        note: '.db with a SQLite header',
      },
      {
        argv: ['rm', '-rf', 'pgdata'],
        files: { '/home/user/project/pgdata/PG_VERSION': '16\n' },
        resource: '/home/user/project/pgdata',
        environment: 'local',
        note: 'a PostgreSQL data directory by its marker',
      },
      {
        argv: ['rm', '-rf', 'docker-data'],
        files: { '/home/user/project/docker-data/postgres/PG_VERSION': '16\n' },
        resource: '/home/user/project/docker-data',
        environment: 'local',
        note: 'a bind-mounted data directory below the operand',
      },
      {
        argv: ['rm', '-f', 'pgdata/postmaster.opts'],
        files: { '/home/user/project/pgdata/PG_VERSION': '16\n', '/home/user/project/pgdata/postmaster.opts': '' },
        resource: '/home/user/project/pgdata/postmaster.opts',
        environment: 'local',
      },
      { argv: ['unlink', '/var/lib/mysql/ibdata1'], resource: '/var/lib/mysql/ibdata1', environment: 'local' },
      {
        argv: ['rm', '-rf', '/var/lib/docker'],
        resource: '/var/lib/docker',
        environment: 'local',
        note: 'contains /var/lib/docker/volumes',
      },
    ],
    benign: [
      { argv: ['rm', '-f', 'file.log'] },
      {
        argv: ['rm', '-f', 'notes.db'],
        files: { '/home/user/project/notes.db': 'plain text, not SQLite' },
        note: 'a readable .db without the SQLite header',
      },
      { argv: ['rm', '-f', 'src/db.ts', 'dump.rdb.txt'] },
      {
        argv: ['rm', '-rf', 'node_modules'],
        files: { '/home/user/project/node_modules/sqlite3/test/fixture.sqlite': SQLITE },
        note: 'node_modules is not searched for databases',
      },
      { argv: ['rm', '-rf', '/tmp/pg-test-123/socket'] },
      { argv: ['unlink', '--help'] },
    ],
  },
});
