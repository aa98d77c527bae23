import { foldLookalikes } from './lookalike.js';

/**
 * The command name as the shell would look it up: `/usr/bin/rm` → `rm`, `\rm` → `rm`; look-alike
 * spellings (`rм`, `r\u200dm`, fullwidth `ｒｍ`) fold to the name they imitate, so they meet its rules.
 */
export function commandName(word: string): string {
  let name = known.get(word);
  if (name === undefined) {
    name = computeName(word);
    // Bounded: command names repeat (a batch asks for the same few thousands of times); a flood of distinct ones does not grow it.
    if (known.size < 4096) known.set(word, name);
  }
  return name;
}

const known = new Map<string, string>();

function computeName(word: string): string {
  const unescaped = foldLookalikes(word.replace(/\\/g, ''));
  const slash = unescaped.lastIndexOf('/');
  return slash === -1 ? unescaped : unescaped.slice(slash + 1);
}
