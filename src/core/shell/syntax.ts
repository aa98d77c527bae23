// The shell syntax tree guard analyses: just enough of POSIX sh/bash to find every command a line runs.

/** One piece of a word, after quote removal. Expansions are kept apart so guard knows what it cannot see. */
export type WordPart =
  | { kind: 'text'; text: string; quoted: boolean }
  | {
      kind: 'param';
      name: string;
      quoted: boolean;
      raw: string;
      plain: boolean;
      fallback?: { text: string; ifEmpty: boolean };
    }
  | { kind: 'command'; source: string; quoted: boolean; raw: string }
  | { kind: 'process'; source: string; raw: string }
  | { kind: 'arith'; raw: string; quoted: boolean }
  | { kind: 'tilde'; user: string };

export interface Word {
  parts: WordPart[];
  /** The word as written, for messages. */
  raw: string;
}

export interface Heredoc {
  delimiter: string;
  stripTabs: boolean;
  /** Quoted delimiter: the body is taken literally. */
  literal: boolean;
  body: string;
}

export interface Redirect {
  op: string;
  fd?: string;
  target?: Word;
  heredoc?: Heredoc;
}

export interface SimpleCommand {
  kind: 'simple';
  assignments: Word[];
  words: Word[];
  redirects: Redirect[];
}

export interface CompoundCommand {
  kind: 'subshell' | 'group';
  body: List;
  redirects: Redirect[];
}

/** name() BODY: defines a function; nothing runs until it is called (then BODY runs with the call's arguments). */
export interface FunctionDefinition {
  kind: 'function';
  name: string;
  body: Command;
  redirects: Redirect[];
}

/** for NAME [in WORDS]; do BODY; done (and select): BODY runs once per value, with NAME set to it. */
export interface ForLoop {
  kind: 'for';
  name: string;
  /** The words after `in`; undefined when there is no `in` (the loop runs over "$@"). */
  words?: Word[];
  body: List;
  redirects: Redirect[];
}

export type Command = SimpleCommand | CompoundCommand | FunctionDefinition | ForLoop;

export interface Pipeline {
  commands: Command[];
}

export interface List {
  pipelines: Pipeline[];
}

export class ShellSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShellSyntaxError';
  }
}

/** The word's text when it has no expansion at all (quotes removed), else undefined. */
export function literalText(word: Word): string | undefined {
  let out = '';
  for (const part of word.parts) {
    if (part.kind !== 'text') return undefined;
    out += part.text;
  }
  return out;
}
