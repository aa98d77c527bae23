/**
 * The command name as the shell would look it up: `/usr/bin/rm` → `rm`, `\rm` → `rm`.
 * Returns undefined for names guard cannot read (empty).
 */
export function commandName(word: string): string {
  const unescaped = word.replace(/\\/g, '');
  const slash = unescaped.lastIndexOf('/');
  return slash === -1 ? unescaped : unescaped.slice(slash + 1);
}
