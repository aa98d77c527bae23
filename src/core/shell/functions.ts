// Calling a function defined earlier in the line: its body runs in the caller's shell with the call's
// arguments as $1…, so `cleanup() { rm -rf "$1"/*; }; cleanup ./dist` is `rm -rf ./dist/*`.
import { MAX_DEPTH, type StdinSource } from '../unwrap/invocation.js';
import { tooDeepFinding } from '../unwrap/shell-findings.js';
import type { Scope } from './builtins.js';
import type { Command } from './syntax.js';
import { walkCommand, type Walk } from './analyse-line.js';

const POSITIONAL = /^(\d+|[#@*])$/;

export function callFunction(body: Command, argv: string[], scope: Scope, input: StdinSource, walk: Walk): void {
  // A function that calls itself: followed to a fixed depth, then confirmed.
  if (walk.calls >= MAX_DEPTH) {
    walk.findings.push(tooDeepFinding(argv[0] ?? 'a function'));
    return;
  }
  const saved = new Map<string, string | undefined>();
  for (const [name, value] of scope.vars) if (POSITIONAL.test(name) && name !== '0') saved.set(name, value);
  for (const name of saved.keys()) scope.vars.delete(name);
  bindArguments(scope, argv.slice(1));
  walk.calls++;
  try {
    walkCommand(body, scope, input, walk);
  } finally {
    walk.calls--;
    for (const name of [...scope.vars.keys()]) if (POSITIONAL.test(name) && name !== '0') scope.vars.delete(name);
    for (const [name, value] of saved) scope.vars.set(name, value);
  }
}

function bindArguments(scope: Scope, args: string[]): void {
  args.forEach((a, k) => scope.vars.set(String(k + 1), a));
  scope.vars.set('#', String(args.length));
  // "$@" keeps its words apart in bash; joined here, a path with a space reads as two (stricter, not laxer).
  scope.vars.set('@', args.join(' '));
  scope.vars.set('*', args.join(' '));
}
