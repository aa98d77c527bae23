// Words of a command path: a literal, alternatives, or a `*` pattern (`delete-*`), compiled once.
export type WordPattern = string | readonly string[];

export type WordTest = (word: string | undefined) => boolean;

/** One word test: exact for literals, anchored for `*` patterns. */
export function wordTest(pattern: WordPattern): WordTest {
  const alternatives = typeof pattern === 'string' ? [pattern] : pattern;
  const exact = new Set(alternatives.filter((a) => !a.includes('*')));
  const globs = alternatives.filter((a) => a.includes('*')).map(globRegExp);
  if (globs.length === 0) return (word) => word !== undefined && exact.has(word);
  return (word) => word !== undefined && (exact.has(word) || globs.some((g) => g.test(word)));
}

export function globRegExp(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^]*')}$`,
  );
}

/** The literal words of a pattern (none for a pure `*`), for pre-filters and counting. */
export function literalsOf(pattern: WordPattern): string[] {
  return (typeof pattern === 'string' ? [pattern] : [...pattern]).filter((a) => !a.includes('*'));
}

/** The fixed prefixes of `*` patterns (`delete-` for `delete-*`), for pre-filters. */
export function globPrefixesOf(pattern: WordPattern): string[] {
  return (typeof pattern === 'string' ? [pattern] : [...pattern])
    .filter((a) => a.includes('*'))
    .map((a) => a.slice(0, a.indexOf('*')));
}
