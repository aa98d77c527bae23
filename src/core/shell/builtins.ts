// What the shell itself keeps between commands (directory, variables) and what a command writes to a pipe.
import { resolve } from 'node:path';
import { locateRepo } from '../tools/git/git-repo.js';
import type { FileView } from '../types.js';
import { UNKNOWN, type StdinSource } from '../unwrap/invocation.js';

export interface Scope {
  cwd: string;
  /** Variables set or unset by the line (undefined = unset); the rest come from the environment. */
  vars: Map<string, string | undefined>;
  /** Names the line exported. */
  exported: Set<string>;
  base: Readonly<Record<string, string | undefined>>;
  /** alias NAME=VALUE seen earlier in the line. */
  aliases: Map<string, string>;
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
export function knownSubstitution(source: string, cwd: string, fs: FileView): string | undefined {
  const command = source.trim().replace(/\s+/g, ' ');
  if (command === 'pwd' || command === 'pwd -L' || command === 'pwd -P') return cwd;
  if (command === 'git rev-parse --show-toplevel') return locateRepo(cwd, fs)?.top;
  return undefined;
}

/** What a command writes to a pipe: the text of echo/printf/cat-of-a-heredoc, else opaque. */
export function outputOf(argv: string[], input: StdinSource): StdinSource {
  const name = argv[0];
  const args = name === 'echo' || name === 'printf' || name === 'cat' ? argv.slice(1) : [];
  if ((name === 'echo' || name === 'printf') && !args.some((a) => a.includes(UNKNOWN))) {
    const words = name === 'echo' ? args.filter((a, k) => !(k === 0 && /^-[neE]+$/.test(a))) : args;
    return { kind: 'text', text: `${words.join(' ')}\n`, from: name };
  }
  if (name === 'cat' && args.length === 0 && input.kind === 'text') return input;
  return { kind: 'opaque', from: name ?? 'a command' };
}

