import { foldLookalikes } from './lookalike.js';

/**
 * The command name as the shell would look it up: `/usr/bin/rm` → `rm`, `\rm` → `rm`; look-alike
 * spellings (`rм`, `r\u200dm`, fullwidth `ｒｍ`) fold to the name they imitate, so they meet its rules.
 */
export function commandName(word: string): string {
  return computeName(word);
}

function computeName(word: string): string {
  const unescaped = foldLookalikes(word.replace(/\\/g, ''));
  const slash = unescaped.lastIndexOf('/');
  return slash === -1 ? unescaped : unescaped.slice(slash + 1);
}
