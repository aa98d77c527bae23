/** `database:` under a top-level `ENV:` key of config/database.yml (a small reader, not full YAML). */
export function databaseYmlName(text: string, env: string): string | undefined {
  let inside = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      inside = line.replace(/\s*#.*$/, '').trim() === `${env}:`;
      continue;
    }
    const m = inside ? /^\s+database:\s*["']?([^"'\s#]+)/.exec(line) : null;
    if (m) return m[1];
  }
  return undefined;
}
