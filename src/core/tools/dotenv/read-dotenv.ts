/** Parses a dotenv text: KEY=value lines, optional `export`, quotes, # comments. */
export function parseDotenv(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    let value = m[2] as string;
    const quoted = /^(['"`])(.*)\1$/.exec(value);
    value = quoted ? (quoted[2] as string) : value.replace(/\s+#.*$/, '');
    values.set(m[1] as string, value);
  }
  return values;
}
