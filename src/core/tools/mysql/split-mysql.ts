// Splits mysql client input into statements: `;` (or the current DELIMITER), `\g`, `\G`; client
// commands `DELIMITER x`, `source FILE` / `\. FILE` at the start of a statement.
import { lineCounter, lineEnds } from '../sql/line-counter.js';
import { nextToken } from '../sql/next-token.js';

export type MysqlItem = { kind: 'sql'; text: string; line: number } | { kind: 'source'; file: string; line: number };

export function splitMysql(src: string): MysqlItem[] {
  const items: MysqlItem[] = [];
  forEachMysqlItem(src, (item) => void items.push(item));
  return items;
}

/** Hands each item to `visit` as soon as it is split off: nothing holds every statement of a long script. */
export function forEachMysqlItem(src: string, visit: (item: MysqlItem) => void): void {
  let delimiter = ';';
  let start = -1;
  let pos = 0;
  const line = lineCounter(src);
  const endOfLine = lineEnds(src);
  const flush = (end: number): void => {
    if (start !== -1 && src.slice(start, end).trim() !== '')
      visit({ kind: 'sql', text: src.slice(start, end).trim(), line: line(start) });
    start = -1;
  };
  for (;;) {
    const t = nextToken(src, pos, 'mysql');
    if (!t) break;
    if (start === -1) {
      const lineEnd = endOfLine(t.start);
      const rest = src.slice(t.end, lineEnd).trim();
      if (t.type === 'word' && t.value === 'DELIMITER' && rest !== '') {
        delimiter = rest.split(/\s+/)[0] as string;
        pos = lineEnd;
        continue;
      }
      if ((t.type === 'word' && t.value === 'SOURCE') || (t.type === 'backslash' && src[t.end] === '.')) {
        const file = (t.type === 'backslash' ? src.slice(t.end + 1, lineEnd) : rest).trim().replace(/;$/, '');
        visit({ kind: 'source', file, line: line(t.start) });
        pos = lineEnd;
        continue;
      }
      start = t.start;
    }
    if (t.type === 'backslash' && /[gG]/.test(src[t.end] ?? '')) {
      flush(t.start);
      pos = t.end + 1;
      continue;
    }
    if (delimiter === ';' ? t.type === 'punct' && t.value === ';' : src.startsWith(delimiter, t.start)) {
      flush(t.start);
      pos = t.start + delimiter.length;
      continue;
    }
    pos = t.end;
  }
  flush(src.length);
}
