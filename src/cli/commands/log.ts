import type { Command } from 'commander';
import type { ChainedRecord } from '../../core/audit/record.js';
import { GuardError, UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { logTable, type Paint } from '../../core/audit/log-table.js';
import { readAuditTail, verifyAuditTrail } from '../../io/audit/audit-log.js';
import { createHash } from 'node:crypto';
import { configuredContext } from '../../app/config-setup.js';
import { auditPath } from '../../io/state-paths.js';
import { checkAuditAnchor, wantsAnchor } from '../../app/audit-anchor-check.js';
import type { Register } from './index.js';

export const registerLog: Register = (program: Command, done) => {
  const log = program
    .command('log')
    .description('show recent decisions from the audit trail')
    .option('--json', 'one JSON record per line')
    .option('--since <when>', 'only records since an ISO time or a duration like 30m, 2h, 7d')
    .option(
      '--decision <kinds>',
      'only these decisions, comma-separated (allow,confirm-ok,confirm-failed,refused,approved,ticket-used)',
    )
    .option('-n, --limit <n>', 'at most this many records (newest)', '50')
    .action(async (options: { json?: boolean; since?: string; decision?: string; limit: string }) => {
      const ctx = await configuredContext();
      const since = options.since ? parseSince(options.since, Date.now()) : undefined;
      const kinds = options.decision ? new Set(options.decision.split(',')) : undefined;
      const keep = (r: ChainedRecord): boolean =>
        (since === undefined || Date.parse(r.time) >= since) && (kinds === undefined || kinds.has(r.decision));
      const limit = Math.max(1, Number.parseInt(options.limit, 10) || 50);
      const path = auditPath(ctx.env as NodeJS.ProcessEnv, ctx.config.audit?.path);
      const records = readingTrail(path, () => readAuditTail(path, keep, limit));
      if (options.json) for (const r of records) process.stdout.write(`${JSON.stringify(r)}\n`);
      else process.stdout.write(logTable(records, Date.now(), await terminalPaint()));
      done(EXIT.ok);
    });
  log
    .command('verify')
    .description('check the hash chain: detects an edited, inserted or deleted line')
    .action(async () => {
      const ctx = await configuredContext();
      const path = auditPath(ctx.env as NodeJS.ProcessEnv, ctx.config.audit?.path);
      // node:crypto here: a whole trail (millions of records) hashes ~10× faster than the pure-TS SHA-256.
      const syslog = ctx.config.audit?.syslog;
      const result = readingTrail(path, () =>
        verifyAuditTrail(path, (text) => createHash('sha256').update(text).digest('hex'), wantsAnchor(syslog)),
      );
      const anchor = checkAuditAnchor(syslog, result.hashes ?? new Set());
      if (!result.exists) {
        // A deleted trail is a truncated one when syslog holds records of it.
        for (const p of anchor.problems) process.stdout.write(`guard: ${path}: ${p}\n`);
        if (anchor.problems.length > 0) return done(1);
        process.stdout.write(`guard: no audit trail at ${path} yet\n`);
        return done(EXIT.ok);
      }
      const problems = result.problems;
      const where =
        result.files.length > 1 ? `${result.files.length} files, ${path} and its rotated predecessors` : path;
      if (problems.length === 0 && anchor.problems.length === 0) {
        process.stdout.write(
          `guard: audit trail intact: ${result.records} records, chain verified${anchor.checked ? `, ${anchor.checked} all present` : ''} (${where})\n`,
        );
        return done(EXIT.ok);
      }
      for (const p of problems) process.stdout.write(`guard: ${p.file}:${p.line}: ${p.message}\n`);
      for (const p of anchor.problems) process.stdout.write(`guard: ${path}: ${p}\n`);
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
  if (Number.isNaN(time))
    throw new UsageError(
      `--since ${text} is neither a time nor a duration`,
      'use e.g. 2026-11-21T10:00:00Z or 30m, 2h, 7d',
    );
  return time;
}

/** Colours for a terminal (chalk honours NO_COLOR, FORCE_COLOR and a non-terminal stdout). */
async function terminalPaint(): Promise<Paint> {
  const { default: chalk } = await import('chalk');
  const styles = {
    refused: chalk.red.bold,
    confirmed: chalk.yellow,
    approved: chalk.green,
    dim: chalk.dim,
    header: chalk.bold,
  };
  return (style, text) => styles[style](text);
}
