import type { Command } from 'commander';
import { verifyChain } from '../../core/audit/record.js';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { logTable, type Paint } from '../../core/audit/log-table.js';
import { readAudit, readAuditLines } from '../../io/audit/audit-log.js';
import { configuredContext } from '../../app/config-setup.js';
import { auditPath } from '../../io/state-paths.js';
import { checkAuditAnchor } from '../../app/audit-anchor-check.js';
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
      let records = readAudit(auditPath(ctx.env as NodeJS.ProcessEnv, ctx.config.audit?.path));
      if (options.since) {
        const since = parseSince(options.since, Date.now());
        records = records.filter((r) => Date.parse(r.time) >= since);
      }
      if (options.decision) {
        const kinds = new Set(options.decision.split(','));
        records = records.filter((r) => kinds.has(r.decision));
      }
      records = records.slice(-Math.max(1, Number.parseInt(options.limit, 10) || 50));
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
      const lines = readAuditLines(path);
      if (!lines) {
        // A deleted trail is a truncated one when syslog holds records of it.
        const gone = checkAuditAnchor(ctx.config.audit?.syslog, []).problems;
        for (const p of gone) process.stdout.write(`guard: ${path}: ${p}\n`);
        if (gone.length > 0) return done(1);
        process.stdout.write(`guard: no audit trail at ${path} yet\n`);
        return done(EXIT.ok);
      }
      const problems = verifyChain(lines);
      const anchor = checkAuditAnchor(ctx.config.audit?.syslog, lines);
      const count = lines.filter((l) => l.trim() !== '').length;
      if (problems.length === 0 && anchor.problems.length === 0) {
        process.stdout.write(`guard: audit trail intact: ${count} records, chain verified${anchor.checked ? `, ${anchor.checked} all present` : ''} (${path})\n`);
        return done(EXIT.ok);
      }
      for (const p of problems) process.stdout.write(`guard: ${path}:${p.line}: ${p.message}\n`);
      for (const p of anchor.problems) process.stdout.write(`guard: ${path}: ${p}\n`);
      done(1);
    });
};

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

/** Colours for a terminal (chalk honours NO_COLOR, FORCE_COLOR and a non-terminal stdout). */
async function terminalPaint(): Promise<Paint> {
  const { default: chalk } = await import('chalk');
  const styles = { refused: chalk.red.bold, confirmed: chalk.yellow, approved: chalk.green, dim: chalk.dim, header: chalk.bold };
  return (style, text) => styles[style](text);
}
