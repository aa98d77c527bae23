// `guard log`'s default view: one row per decision, newest last, with relative times and colour by decision.
import { displaySafe, shellQuote } from '../display.js';
import type { ChainedRecord } from './record.js';

export type Paint = (style: 'refused' | 'confirmed' | 'approved' | 'dim' | 'header', text: string) => string;

const plain: Paint = (_style, text) => text;

/** "just now", "42s ago", "5m ago", "3h ago", "2d ago", or the date past 30 days. */
export function relativeTime(time: string, nowMs: number): string {
  const ms = Date.parse(time);
  if (Number.isNaN(ms)) return '?';
  const s = Math.round((nowMs - ms) / 1000);
  if (s < 5) return 'just now';
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.floor(s / 60)}m ago`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ago`;
  if (s < 30 * 86400) return `${Math.floor(s / 86400)}d ago`;
  return time.slice(0, 10);
}

function styleOf(decision: string): Parameters<Paint>[0] {
  if (decision === 'refused' || decision === 'confirm-failed' || decision === 'lock') return 'refused';
  if (decision === 'confirm-ok' || decision === 'ticket-used') return 'confirmed';
  if (decision === 'approved' || decision === 'unlock') return 'approved';
  return 'dim';
}

/** The table; `paint` colours cells (identity when stdout is not a terminal or NO_COLOR is set). */
export function logTable(records: readonly ChainedRecord[], nowMs: number, paint: Paint = plain): string {
  if (records.length === 0) return 'guard: no matching decisions\n';
  const rows = records.map((r) => [
    relativeTime(r.time, nowMs),
    r.decision,
    (r.rules ?? []).map(displaySafe).join(',') || '-',
    (r.environment ?? []).map((e) => displaySafe(e.name)).join(',') || '-',
    (r.resources ?? []).map(displaySafe).join(',') || '-',
    displaySafe(r.agent ? `${r.user} via ${r.agent}` : r.user),
    r.exitCode === undefined ? '' : String(r.exitCode),
    shellQuote(r.argv).slice(0, 80),
  ]);
  const header = ['when', 'decision', 'rule', 'environment', 'resource', 'who', 'exit', 'command'];
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length))));
  const cells = (row: string[]): string[] =>
    row.map((c, i) => (i === row.length - 1 ? c : c.slice(0, widths[i]).padEnd(widths[i] ?? 0)));
  const body = rows.map((row, n) => {
    const c = cells(row);
    c[1] = paint(styleOf(records[n]?.decision ?? ''), c[1] ?? '');
    c[0] = paint('dim', c[0] ?? '');
    return c.join('  ');
  });
  return `${[paint('header', cells(header).join('  ')), ...body].join('\n')}\n`;
}
