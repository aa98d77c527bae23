// The audit chain's head anchored outside the file: every record also went to syslog (which the user
// can append to but not rewrite), so records syslog holds and the local trail lacks show a cut log.

export interface AnchoredRecord {
  hash: string;
  time: string;
}

/** This user's guard records in read-back syslog text (each line's JSON starts at its first `{`). */
export function anchoredRecords(text: string, user: string): AnchoredRecord[] {
  const out: AnchoredRecord[] = [];
  for (const line of text.split('\n')) {
    const at = line.indexOf('{');
    if (at === -1) continue;
    try {
      const r = JSON.parse(line.slice(at)) as Record<string, unknown>;
      if (typeof r.hash === 'string' && typeof r.prev === 'string' && typeof r.decision === 'string' && r.user === user)
        out.push({ hash: r.hash, time: String(r.time) });
    } catch {
      // not a guard record
    }
  }
  return out;
}

/** Problems when anchored records are missing from the local trail (truncated, cut or replaced). */
export function anchorProblems(
  localHashes: ReadonlySet<string>,
  anchored: readonly AnchoredRecord[],
  source: string,
): string[] {
  const missing = anchored.filter((a) => !localHashes.has(a.hash));
  if (missing.length === 0) return [];
  const newest = missing[missing.length - 1] as AnchoredRecord;
  return [
    `${missing.length} record(s) that ${source} holds are missing from the local audit trail (the newest from ${newest.time}, hash ${newest.hash.slice(0, 12)}…): records were removed, or the trail was truncated or replaced`,
  ];
}
