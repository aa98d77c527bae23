// Whether overwriting a file in place destroys data: an existing, non-empty file that is protected or
// looks like data (databases, dumps, uploads, the .git directory, dotfiles in the home directory).
// Logs, build output and temp files are not data: emptying them is everyday work.
import { posix } from 'node:path';
import type { Context } from '../../types.js';
import { protectedPathsOf, protectedReason } from '../rm/protected-paths.js';

const DUMP_NAME = /\.(sql|dump|pgdump|bak|bson|rdb|aof|sqlite3?|db)(\.gz|\.bz2|\.xz|\.zst)?$/;
const DATA_DIR = /\/(uploads?|storage|data|backups?)\//;
const NOT_DATA = /(\.log(\.\d+)?|\.tmp|\.swp)$|\/(logs?|dist|build|out|target|coverage|node_modules|\.cache)\//;

/** A non-empty file whose bytes are gone once it is emptied or replaced: why, or undefined. */
export function inPlaceDataReason(path: string, ctx: Context): string | undefined {
  const stat = ctx.fs.stat(path);
  if (!stat?.isFile || stat.size === 0) return undefined;
  if (isEverydayOutput(path, ctx)) return undefined;
  const own = projectPart(path, ctx);
  const known = protectedReason(path, ctx, { paths: protectedPathsOf(ctx), markerCache: new Map() });
  if (known) return known;
  if (path.includes('/.git/')) return `${path} is inside a .git directory (the repository's history)`;
  if (posix.dirname(path) === ctx.home && posix.basename(path).startsWith('.'))
    return `${path} is a dotfile in the home directory`;
  if (DUMP_NAME.test(path)) return `${path} looks like a database file or dump`;
  if (DATA_DIR.test(own)) return `${path} is in a data directory (${DATA_DIR.exec(own)?.[1]})`;
  return undefined;
}

/** Inside the project only the project's own folders count (a project may itself live under /srv/data). */
function projectPart(path: string, ctx: Context): string {
  return path.startsWith(`${ctx.cwd}/`) ? path.slice(ctx.cwd.length) : path;
}

/** Logs, build output and temp files: emptying them is everyday work. */
export function isEverydayOutput(path: string, ctx: Context): boolean {
  return isScratch(path, ctx) || NOT_DATA.test(projectPart(path, ctx));
}

/** Temp space: /tmp, $TMPDIR, /var/tmp (a project or home that itself lives there is not scratch). */
export function isScratch(path: string, ctx: Context): boolean {
  if (path.startsWith(`${ctx.cwd}/`) || path.startsWith(`${ctx.home}/`)) return false;
  const roots = ['/tmp', '/var/tmp', ctx.tmpdir].filter((r): r is string => typeof r === 'string' && r.length > 1);
  return roots.some((r) => path.startsWith(`${r.replace(/\/+$/, '')}/`));
}
