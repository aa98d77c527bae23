// Interpreter one-liners that start a command on a pseudo-terminal they drive: Python's
// pty.spawn/pty.fork + exec, Node's node-pty, Perl's Expect/IO::Pty. The command is judged, and
// reported as a pty driver, on top of what the interpreter's code itself does.
import type { Finding } from '../types.js';
import { splitWords } from '../shell/split-words.js';
import { interpreterHandler, languageOf, programOf } from './interpreters.js';
import { deeper } from './invocation.js';
import { withPtyDriver } from './pty-driver-finding.js';
import type { WrapperHandler } from './simple-wrappers.js';

const STRING = /(['"])((?:\\.|(?!\1).)*)\1/g;

/** The string literals of a list or call argument text, in order. */
function literals(text: string): string[] {
  return [...text.matchAll(STRING)].map((m) => (m[2] ?? '').replace(/\\(.)/g, '$1'));
}

const SPAWNS: Record<string, RegExp> = {
  python: /\bpty\.spawn\(\s*(\[[^\]]*\]|(['"])(?:\\.|(?!\2).)*\2)/g,
  node: /\.spawn\(\s*((['"])(?:\\.|(?!\2).)*\2\s*,\s*\[[^\]]*\])/g,
  perl: /(?:Expect->spawn|->spawn)\(\s*([^)]*)\)/g,
  ruby: /PTY\.spawn\(\s*([^)]*)\)/g,
};

/** The argv each pty spawn in `code` starts. */
export function ptySpawns(code: string, language: string): string[][] {
  const pattern = SPAWNS[language];
  if (!pattern || !/pty|Pty|PTY|Expect/.test(code)) return [];
  const found: string[][] = [];
  for (const m of code.matchAll(pattern)) {
    const parts = literals(m[1] ?? '');
    if (parts.length === 0) continue;
    // One string is a command line (split like a shell would); several are an argv.
    found.push(parts.length === 1 && !(m[1] ?? '').trim().startsWith('[') ? splitWords(parts[0] as string) : parts);
  }
  return found;
}

export const ptySpawnHandler: WrapperHandler = (inv, recurse, index) => {
  const name = (inv.argv[0] ?? '').slice((inv.argv[0] ?? '').lastIndexOf('/') + 1);
  const language = languageOf(name);
  const own = interpreterHandler(inv, recurse, index) ?? [];
  const code = language ? programOf(inv.argv.slice(1), language).code : undefined;
  if (code === undefined || language === undefined) return own;
  let spawned: string[][];
  try {
    spawned = ptySpawns(code, language);
  } catch {
    return own;
  }
  const inner: Finding[] = spawned.flatMap((argv) => recurse(deeper(inv, argv)));
  return [...own, ...withPtyDriver(name, inner)];
};
