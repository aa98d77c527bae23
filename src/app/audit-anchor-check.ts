// `guard log verify`'s anchor check: reads the records shipped to syslog back and looks for each in the local trail.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { anchoredRecords, anchorProblems } from '../core/audit/anchor.js';
import { DEFAULT_SYSLOG_TAG, type SyslogTarget } from '../core/audit/shipping.js';

export interface AnchorCheck {
  /** What was compared, for the success line. */
  checked?: string;
  problems: string[];
}

/** Whether `guard log verify` must collect the trail's hashes for the anchor check. */
export function wantsAnchor(syslog: SyslogTarget | undefined): boolean {
  return syslog?.readBack !== undefined;
}

export function checkAuditAnchor(syslog: SyslogTarget | undefined, hashes: ReadonlySet<string>): AnchorCheck {
  if (!syslog?.readBack) return { problems: [] };
  let text: string;
  try {
    text =
      syslog.readBack === 'journal'
        ? readJournal(syslog.tag ?? DEFAULT_SYSLOG_TAG)
        : readFileSync(syslog.readBack, 'utf8');
  } catch (error) {
    return {
      problems: [
        `cannot read the audit anchor (${syslog.readBack}): ${(error as Error).message}; without it a truncated trail cannot be told from an intact one. Make it readable, or fix audit.syslog.readBack in your config`,
      ],
    };
  }
  const anchored = anchoredRecords(text, userInfo().username);
  return {
    checked: `${anchored.length} record(s) anchored in ${syslog.readBack}`,
    problems: anchorProblems(hashes, anchored, syslog.readBack),
  };
}

function readJournal(tag: string): string {
  const result = spawnSync('/usr/bin/journalctl', ['--no-pager', '-q', '-o', 'cat', '-t', tag], {
    encoding: 'utf8',
    timeout: 10_000,
    env: { PATH: '/usr/bin:/bin' },
  });
  if (result.status !== 0)
    throw new Error(`journalctl failed: ${(result.stderr || String(result.error ?? result.status)).trim()}`);
  return result.stdout;
}
