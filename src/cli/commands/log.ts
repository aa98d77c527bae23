import type { Command } from 'commander';
import type { ChainedRecord } from '../../core/audit/record.js';
import { GuardError, UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { displaySafe, shellQuote } from '../../core/display.js';
import { readAuditTail, verifyAuditTrail } from '../../io/audit/audit-log.js';
import { createHash } from 'node:crypto';
import { configuredContext } from '../../app/config-setup.js';
import { auditPath } from '../../io/state-paths.js';
import type { Register } from './index.js';

export const registerLog: Register = (program: Command, done) => {
  const log = program
    .command('log')
    .description('show recent decisions from the audit trail')
    .option('--json', 'one JSON record per line')
    .option('--since <when>', 'only records since an ISO time or a duration like 30m, 2h, 7d')
    .option('--decision <kinds>', 'only these decisions, comma-separated (allow,confirm-ok,confirm-failed,refused,approved,ticket-used)')
    .option('-n, --limit <n>', 'at most this many records (newest)', '50')
    .action(async (options: { json?: boolean; since?: string; decision?: string; limit: string }) => {
      const ctx = await configuredContext();
      const since = options.since ? parseSince(options.since, Date.now()) : undefined;
      const kinds = options.decision ? new Set(options.decision.split(',')) : undefined;
      const keep = (r: ChainedRecord): boolean => (since === undefined || Date.parse(r.time) >= since) && (kinds === undefined || kinds.has(r.decision));
      const limit = Math.max(1, Number.parseInt(options.limit, 10) || 50);
      const path = auditPath(ctx.env as NodeJS.ProcessEnv, ctx.config.audit?.path);
      const records = readingTrail(path, () => readAuditTail(path, keep, limit));
      if (options.json) for (const r of records) process.stdout.write(`${JSON.stringify(r)}\n`);
      else process.stdout.write(formatTable(records));
      done(EXIT.ok);
    });
  log
    .command('verify')
    .description('check the hash chain: detects an edited, inserted or deleted line')
    .action(async () => {
      const ctx = await configuredContext();
      const path = auditPath(ctx.env as NodeJS.ProcessEnv, ctx.config.audit?.path);
      // node:crypto here: a whole trail (millions of records) hashes ~10× faster than the pure-TS SHA-256.
      const result = readingTrail(path, () => verifyAuditTrail(path, (text) => createHash('sha256').update(text).digest('hex')));
      if (!result.exists) {
        process.stdout.write(`guard: no audit trail at ${path} yet\n`);
        return done(EXIT.ok);
      }
      const problems = result.problems;
      const where = result.files.length > 1 ? `${result.files.length} files, ${path} and its rotated predecessors` : path;
      if (problems.length === 0) {
        process.stdout.write(`guard: audit trail intact: ${result.records} records, chain verified (${where})\n`);
        return done(EXIT.ok);
      }
      for (const p of problems) process.stdout.write(`guard: ${p.file}:${p.line}: ${p.message}\n`);
      done(1);
    });
};

/** A trail that cannot be read is an error with its cause, never an empty trail. */
function readingTrail<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new GuardError(`cannot read the audit trail at ${path}: ${(error as Error).message}`, {
      cause: error,
      hint: 'check that the path (and its rotated files, audit.jsonl.N) are readable files; nothing is shown until they are',
    });
  }
}

export function parseSince(text: string, nowMs: number): number {
  const duration = /^(\d+)\s*([smhd])$/.exec(text);
  if (duration) {
    const unit = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3 }[duration[2] as 's' | 'm' | 'h' | 'd'];
    return nowMs - Number(duration[1]) * unit;
  }
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new UsageError(`--since ${text} is neither a time nor a duration`, 'use e.g. 2026-11-21T10:00:00Z or 30m, 2h, 7d');
  return time;
}

function formatTable(records: readonly ChainedRecord[]): string {
  if (records.length === 0) return 'guard: no matching decisions\n';
  const rows = records.map((r) => [
    r.time.replace('T', ' ').slice(0, 19),
    r.decision,
    (r.rules ?? []).map(displaySafe).join(',') || '-',
    (r.environment ?? []).map((e) => displaySafe(e.name)).join(',') || '-',
    (r.resources ?? []).map(displaySafe).join(',') || '-',
    r.exitCode === undefined ? '' : String(r.exitCode),
    shellQuote(r.argv).slice(0, 80),
  ]);
  const header = ['time', 'decision', 'rule', 'environment', 'resource', 'exit', 'command'];
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length))));
  const fmt = (row: string[]): string => row.map((c, i) => (i === row.length - 1 ? c : c.slice(0, widths[i]).padEnd(widths[i] ?? 0))).join('  ');
  return `${[fmt(header), ...rows.map(fmt)].join('\n')}\n`;
}
