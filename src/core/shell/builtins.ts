// What the shell itself keeps between commands (directory, variables) and what a command writes to a pipe.
import { resolve } from 'node:path';
import { locateRepo } from '../tools/git/git-repo.js';
import type { FileView } from '../types.js';
import { UNKNOWN, type StdinSource } from '../unwrap/invocation.js';
import { printfText } from './written-files.js';
import { splitWords } from './split-words.js';

export interface Scope {
  cwd: string;
  /** Variables set or unset by the line (undefined = unset); the rest come from the environment. */
  vars: Map<string, string | undefined>;
  /** Names the line exported. */
  exported: Set<string>;
  base: Readonly<Record<string, string | undefined>>;
  /** alias NAME=VALUE seen earlier in the line. */
  aliases: Map<string, string>;
  /** Functions defined earlier in the line: name → body. */
  functions: Map<string, import('./syntax.js').Command>;
}

export function lookup(scope: Scope, name: string): string | undefined {
  return scope.vars.has(name) ? scope.vars.get(name) : scope.base[name];
}

/** cd, pushd, export, unset change what later commands see. */
const SCOPE_BUILTINS = new Set(['cd', 'pushd', 'export', 'declare', 'typeset', 'readonly', 'local', 'alias', 'unset']);

export function applyBuiltin(argv: string[], scope: Scope): void {
  const start = argv[0] === 'builtin' || argv[0] === 'command' ? 1 : 0;
  // Most commands are not one of these: no copy of their arguments.
  if (!SCOPE_BUILTINS.has(argv[start] as string)) return;
  const [name, ...args] = argv.slice(start);
  if (name === 'cd' || name === 'pushd') {
    const dir = args.find((a) => !a.startsWith('-') || a === '-');
    const target = dir === undefined ? lookup(scope, 'HOME') : dir === '-' ? lookup(scope, 'OLDPWD') : dir;
    if (target === undefined) return;
    // `cd "$DIR"` with DIR unknown: judged as the worst case, HOME (where `cd` with an empty operand goes).
    if (target.includes(UNKNOWN)) {
      scope.cwd = lookup(scope, 'HOME') ?? '/';
      return;
    }
    scope.vars.set('OLDPWD', scope.cwd);
    scope.cwd = resolve(scope.cwd, target);
    scope.vars.set('PWD', scope.cwd);
    return;
  }
  if (name === 'export' || name === 'declare' || name === 'typeset' || name === 'readonly' || name === 'local') {
    const exporting = name === 'export' || args.some((a) => /^-[a-zA-Z]*x/.test(a));
    for (const a of args) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(a);
      if (!m) continue;
      if (m[2] !== undefined) scope.vars.set(m[1] as string, m[2]);
      if (exporting) scope.exported.add(m[1] as string);
    }
    return;
  }
  if (name === 'alias') {
    for (const a of args) {
      const m = /^([^=\s]+)=(.*)$/s.exec(a);
      if (m) scope.aliases.set(m[1] as string, m[2] as string);
    }
    return;
  }
  if (name === 'unset') for (const a of args) if (!a.startsWith('-')) scope.vars.set(a, undefined);
}

/** The output of the few substitutions guard can compute without running anything: pwd, the repository root. */
export function knownSubstitution(source: string, cwd: string, fs: FileView, tmpdir = '/tmp'): string | undefined {
  const command = source.trim().replace(/\s+/g, ' ');
  const literal = literalOutput(command, tmpdir);
  if (literal !== undefined) return literal;
  if (command === 'pwd' || command === 'pwd -L' || command === 'pwd -P') return cwd;
  if (command === 'git rev-parse --show-toplevel') return locateRepo(cwd, fs)?.top;
  return undefined;
}

/** echo/printf of literal words, and mktemp (a fresh name in temp space): their output without trailing newlines. */
function literalOutput(command: string, tmpdir: string): string | undefined {
  const name = /^(echo|printf|mktemp)\b/.exec(command)?.[1];
  if (name === undefined || /[;&|<>$`()]/.test(command)) return undefined;
  const argv = splitWords(command);
  if (argv.some((a) => a.includes(UNKNOWN))) return undefined;
  if (name === 'mktemp') return mktempName(argv.slice(1), tmpdir);
  const out =
    name === 'printf'
      ? printfText(argv)
      : argv
          .slice(1)
          .filter((a, k) => !(k === 0 && /^-[neE]+$/.test(a)))
          .join(' ');
  return out?.replace(/\n+$/, '');
}

function mktempName(args: string[], tmpdir: string): string | undefined {
  let dir: string | undefined;
  let template: string | undefined;
  for (let k = 0; k < args.length; k++) {
    const a = args[k] as string;
    if (a === '-p' || a === '--tmpdir') dir = args[++k];
    else if (a.startsWith('--tmpdir=')) dir = a.slice(9);
    else if (a === '--suffix') k++;
    else if (!a.startsWith('-')) template = a;
  }
  if (template?.includes('/')) return template;
  return `${(dir ?? tmpdir).replace(/\/+$/, '')}/${template ?? 'tmp.XXXXXXXXXX'}`;
}

/** What a command writes to a pipe: the text of echo/printf/cat-of-a-heredoc, else opaque. */
export function outputOf(argv: string[], input: StdinSource): StdinSource {
  const name = argv[0];
  const args = name === 'echo' || name === 'printf' || name === 'cat' ? argv.slice(1) : [];
  if (name === 'printf') {
    const text = printfText(argv);
    if (text !== undefined) return { kind: 'text', text, from: name };
  }
  if ((name === 'echo' || name === 'printf') && !args.some((a) => a.includes(UNKNOWN))) {
    const words = name === 'echo' ? args.filter((a, k) => !(k === 0 && /^-[neE]+$/.test(a))) : args;
    return { kind: 'text', text: `${words.join(' ')}\n`, from: name };
  }
  if (name === 'cat' && args.length === 0 && input.kind === 'text') return input;
  return { kind: 'opaque', from: name ?? 'a command' };
}
