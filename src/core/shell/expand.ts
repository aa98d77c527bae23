// Expands a word the way the shell would, as far as guard can know: variables set earlier in the
// line or in the environment, ~ to HOME. What it cannot know ($(…), unset variables) becomes empty,
// which is the worst case for paths (`rm -rf "$DIR"/*` with DIR unset is `rm -rf /*`), and is noted.
import { expandBraces, hasBraceSyntax, markBraces } from './braces.js';
import type { Word } from './syntax.js';

export interface Expanded {
  /** The fields the word becomes (unquoted known values are split on whitespace). */
  fields: string[];
  /** Expansions guard could not resolve, as written (`$DIR`, `$(ls)`). */
  unknown: string[];
  /** Sources of command and process substitutions inside the word, to be analysed too. */
  substitutions: string[];
  /** The word had a process substitution `<(…)`. */
  process: boolean;
  /** Insides of $((…)), which bash runs as commands when they are not arithmetic. */
  arithmetic: string[];
}

const NONE: string[] = Object.freeze([]) as unknown as string[];

function add(out: Expanded, list: 'unknown' | 'substitutions' | 'arithmetic', value: string): void {
  if (out[list] === NONE) out[list] = [];
  out[list].push(value);
}

function withFallback(value: string | undefined, fallback: { text: string; ifEmpty: boolean }): string {
  return value === undefined || (fallback.ifEmpty && value === '') ? fallback.text : value;
}

/** `unknownAs` stands in for what cannot be resolved (empty by default; the UNKNOWN marker for classification). */
export function expandWord(
  word: Word,
  lookup: (name: string) => string | undefined,
  home: string,
  unknownAs = '',
  resolveCommand?: (source: string) => string | undefined,
): Expanded {
  // The lists stay the shared empty one until something is added (most words have no expansions).
  const out: Expanded = { fields: [], unknown: NONE, substitutions: NONE, process: false, arithmetic: NONE };
  let current = '';
  let hasCurrent = false;
  // Only unquoted text can carry brace syntax; without any, the fields need no brace step.
  let braces = false;
  // Indexed loops here and in the shell walk: a batch runs them cold, where for-of allocates an iterator.
  for (let k = 0; k < word.parts.length; k++) {
    const part = word.parts[k] as Word['parts'][number];
    switch (part.kind) {
      case 'text':
        if (!part.quoted && hasBraceSyntax(part.text)) {
          braces = true;
          current += markBraces(part.text);
        } else current += part.text;
        hasCurrent = true;
        break;
      case 'tilde':
        if (part.user === '') current += home;
        else {
          current += `~${part.user}`;
          add(out, 'unknown', `~${part.user}`);
        }
        hasCurrent = true;
        break;
      case 'param': {
        const value = part.plain
          ? lookup(part.name)
          : part.fallback
            ? withFallback(lookup(part.name), part.fallback)
            : undefined;
        if (value === undefined) {
          add(out, 'unknown', part.raw);
          current += unknownAs;
          if (part.quoted || unknownAs !== '') hasCurrent = true;
          break;
        }
        if (part.quoted) {
          current += value;
          hasCurrent = true;
          break;
        }
        const pieces = value.split(/[ \t\n]+/);
        for (let k = 0; k < pieces.length; k++) {
          if (k > 0) {
            if (hasCurrent || current !== '') out.fields.push(current);
            current = '';
            hasCurrent = false;
          }
          if (pieces[k] !== '') {
            current += pieces[k];
            hasCurrent = true;
          }
        }
        break;
      }
      case 'command': {
        add(out, 'substitutions', part.source);
        const known = resolveCommand?.(part.source);
        if (known !== undefined) {
          current += known;
          hasCurrent = true;
          break;
        }
        add(out, 'unknown', part.raw);
        current += unknownAs;
        if (part.quoted || unknownAs !== '') hasCurrent = true;
        break;
      }
      case 'process':
        add(out, 'substitutions', part.source);
        out.process = true;
        current += '/dev/fd/63';
        hasCurrent = true;
        break;
      case 'arith':
        add(out, 'arithmetic', part.raw.slice(3, -2));
        add(out, 'unknown', part.raw);
        current += unknownAs;
        if (part.quoted || unknownAs !== '') hasCurrent = true;
        break;
    }
  }
  if (hasCurrent || current !== '') out.fields.push(current);
  if (braces) out.fields = out.fields.flatMap(expandBraces);
  return out;
}
