import { tokenize } from './lexer.js';
import { UNKNOWN } from '../unwrap/invocation.js';

/** Splits a string into words with shell quoting rules (for env -S, watch, ssh): expansions become unknown. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue;
    words.push(
      token.word.parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'tilde' ? `~${p.user}` : UNKNOWN)).join(''),
    );
  }
  return words;
}
