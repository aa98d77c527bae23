// Commands redis-cli reads from stdin: one per line, split like sdssplitargs ("…" with escapes,
// '…'), or with --pipe the RESP protocol (*N arrays of $len bulk strings).
export function redisCommandsFromText(text: string, pipe: boolean): string[][] {
  return [...redisCommands(text, pipe)];
}

/** The same commands one at a time, each split only when asked for: a long input is never held as words. */
export function* redisCommands(text: string, pipe: boolean): Generator<string[]> {
  if (pipe || text.startsWith('*')) {
    yield* parseResp(text);
    return;
  }
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    // A CR is dropped only before a newline, as split(/\r?\n/) would.
    const words = splitArgs(text.slice(start, nl !== -1 && end > start && text[end - 1] === '\r' ? end - 1 : end));
    if (words.length > 0) yield words;
    if (nl === -1) break;
    start = nl + 1;
  }
}

export function splitArgs(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i] as string)) i++;
    if (i >= line.length) break;
    const q = line[i];
    if (q === '"' || q === "'") {
      // Runs between escapes are sliced, not built a character at a time.
      let word = '';
      let from = ++i;
      while (i < line.length && line[i] !== q) {
        if (q === '"' && line[i] === '\\' && i + 1 < line.length) {
          const n = line[i + 1] as string;
          word += line.slice(from, i) + (({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[n] ?? n);
          i += 2;
          from = i;
        } else i++;
      }
      out.push(word + line.slice(from, i));
      i++;
    } else {
      const from = i;
      while (i < line.length && !/\s/.test(line[i] as string)) i++;
      out.push(line.slice(from, i));
    }
  }
  return out;
}

function parseResp(text: string): string[][] {
  const lines = text.split('\r\n').length > 1 ? text.split('\r\n') : text.split('\n');
  const out: string[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\*(\d+)$/.exec(lines[i] as string);
    if (!m) {
      if ((lines[i] ?? '').trim() !== '') out.push(splitArgs(lines[i] as string));
      continue;
    }
    const words: string[] = [];
    for (let k = 0; k < Number(m[1]) && i + 2 < lines.length + 1; k++) {
      i += 2;
      words.push(lines[i] ?? '');
    }
    out.push(words);
  }
  return out;
}
