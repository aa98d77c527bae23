// Brace expansion (`{a,b}`, `{1..3}`), which bash does before anything else: `rm -rf {/,x}` removes /.
// Only unquoted braces expand; expand.ts marks them with these private-use characters.
export const OPEN = '\uE001';
export const COMMA = '\uE002';
export const CLOSE = '\uE003';

const LIMIT = 256;

/** Marks the brace syntax of unquoted text so that quoted braces stay literal. */
export function markBraces(text: string): string {
  if (!hasBraceSyntax(text)) return text;
  return text.replace(/[{},]/g, (c) => (c === '{' ? OPEN : c === '}' ? CLOSE : COMMA));
}

/** Expands marked braces in one field; unmatched marks become their literal characters again. */
export function expandBraces(field: string): string[] {
  if (!field.includes(OPEN)) return [unmark(field)];
  const out: string[] = [];
  const pending = [field];
  while (pending.length > 0 && out.length < LIMIT) {
    const item = pending.shift() as string;
    const group = findGroup(item);
    if (!group) {
      out.push(unmark(item));
      continue;
    }
    const [start, end, alternatives] = group;
    for (const alt of alternatives) pending.push(item.slice(0, start) + alt + item.slice(end + 1));
  }
  return out;
}

function findGroup(text: string): [number, number, string[]] | undefined {
  for (let start = text.indexOf(OPEN); start !== -1; start = text.indexOf(OPEN, start + 1)) {
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < text.length; i++) {
      const ch = text[i];
      if (ch === OPEN) depth++;
      else if (ch === COMMA && depth === 1) commas.push(i);
      else if (ch === CLOSE && --depth === 0) {
        const body = text.slice(start + 1, i);
        if (commas.length > 0) {
          const cuts = [start, ...commas, i];
          return [start, i, cuts.slice(0, -1).map((c, k) => text.slice(c + 1, cuts[k + 1]))];
        }
        const range = /^(-?\d+)\.\.(-?\d+)$/.exec(unmark(body));
        if (range) return [start, i, sequence(Number(range[1]), Number(range[2]))];
        break;
      }
    }
  }
  return undefined;
}

function sequence(from: number, to: number): string[] {
  const step = from <= to ? 1 : -1;
  const out: string[] = [];
  for (let n = from; out.length < LIMIT; n += step) {
    out.push(String(n));
    if (n === to) break;
  }
  return out;
}

/** Whether unquoted text holds `{`, `}` or `,` (which markBraces marks). */
export function hasBraceSyntax(text: string): boolean {
  return text.includes('{') || text.includes('}') || text.includes(',');
}

function unmark(text: string): string {
  if (!text.includes(OPEN) && !text.includes(COMMA) && !text.includes(CLOSE)) return text;
  return text.replace(/[\uE001\uE002\uE003]/g, (c) => (c === OPEN ? '{' : c === CLOSE ? '}' : ','));
}
