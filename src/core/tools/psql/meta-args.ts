// Splits the arguments of a psql meta-command: whitespace-separated words, 'single quotes'
// (with '' and backslash escapes), "double quotes" kept as one word, :var interpolated.
export function parseMetaArgs(text: string, vars: ReadonlyMap<string, string>): string[] {
  const args: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    if (i >= text.length) break;
    let word = '';
    while (i < text.length && !/\s/.test(text[i] as string)) {
      const c = text[i] as string;
      if (c === "'") {
        i++;
        while (i < text.length) {
          if (text[i] === "'" && text[i + 1] === "'") {
            word += "'";
            i += 2;
          } else if (text[i] === "'") {
            i++;
            break;
          } else if (text[i] === '\\' && i + 1 < text.length) {
            word += text[i + 1];
            i += 2;
          } else word += text[i++];
        }
      } else if (c === '"') {
        const close = text.indexOf('"', i + 1);
        const end = close === -1 ? text.length : close;
        word += text.slice(i + 1, end);
        i = end + 1;
      } else if (c === ':' && /[A-Za-z_]/.test(text[i + 1] ?? '')) {
        const m = /^:([A-Za-z0-9_]+)/.exec(text.slice(i)) as RegExpExecArray;
        const value = vars.get(m[1] as string);
        word += value ?? m[0];
        i += m[0].length;
      } else {
        word += c;
        i++;
      }
    }
    args.push(word);
  }
  return args;
}
