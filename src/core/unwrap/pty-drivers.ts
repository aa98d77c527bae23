// Programs that run a command on a pseudo-terminal they drive: script, expect, unbuffer, socat.
// The inner command is judged, and the driver is reported on top (see pty-driver-finding.ts).
import { optionValue, parseOptions, type OptionSpec } from '../argv/parse-options.js';
import type { PackIndex } from '../classify.js';
import type { Finding } from '../types.js';
import { analyseLine } from '../shell/analyse-line.js';
import { splitWords } from '../shell/split-words.js';
import { splitCommand } from './command-start.js';
import { deeper, hasUnknown, type Invocation } from './invocation.js';
import { withPtyDriver } from './pty-driver-finding.js';
import { opaqueFinding } from './shell-findings.js';
import { scriptOnStdin } from './shells.js';
import type { WrapperHandler } from './simple-wrappers.js';

const v = (id: string, short: string[], long: string[] = []): OptionSpec => ({ id, short, long, value: true });
const f = (id: string, short: string[], long: string[] = []): OptionSpec => ({ id, short, long });

/** A shell line run one level deeper, in the invocation's context. */
export function innerLine(
  inv: Invocation,
  index: PackIndex,
  line: string,
  label: string,
  stdin = inv.stdin,
): Finding[] {
  if (hasUnknown(line))
    return [
      opaqueFinding(label, `the command given to ${label} comes from a variable or $(…), which guard cannot see`),
    ];
  return analyseLine(line, inv.ctx, index, { depth: inv.depth + 1, stdin });
}

const SCRIPT_SPECS = [
  v('command', ['c'], ['command']),
  v('log-in', ['I'], ['log-in']),
  v('log-out', ['O'], ['log-out']),
  v('log-io', ['B'], ['log-io']),
  v('log-timing', ['T'], ['log-timing']),
  v('timing', ['t'], ['timing']),
  v('echo', ['E'], ['echo']),
  v('output-limit', ['o'], ['output-limit']),
  v('logging-format', ['m'], ['logging-format']),
  f('append', ['a'], ['append']),
  f('return', ['e'], ['return']),
  f('flush', ['f'], ['flush']),
  f('force', [], ['force']),
  f('quiet', ['q'], ['quiet']),
];

/** script [-qfe] [-c CMD] [FILE]: without -c it runs a shell that reads whatever is typed into it. */
const script: WrapperHandler = (inv, _recurse, index) => {
  const parsed = parseOptions(inv.argv.slice(1), SCRIPT_SPECS, { style: 'gnu', permute: true });
  const command = optionValue(parsed, 'command');
  const inner =
    command !== undefined ? innerLine(inv, index, command, 'script -c') : scriptOnStdin(inv, 'script', index);
  return withPtyDriver('script', inner);
};

/** Tcl commands of an expect program that start a process: spawn and exec. */
const SPAWN =
  /(?:^|[;\n[{])\s*(?:spawn|exec)\s+((?:-(?:noecho|console|nottycopy|nottyinit|ignore\s+\S+|open\s+\S+|leaveopen\s+\S+|pty)\s+)*)([^;\n\]]+)/g;

/** The processes an expect program spawns, as argv (Tcl braces read as quotes); undefined when unreadable. */
export function expectSpawns(code: string): string[][] | undefined {
  const found: string[][] = [];
  for (const m of code.matchAll(SPAWN)) {
    // A block's closing brace may follow the command on its line: `if {…} { spawn rm -rf x }`.
    let body = m[2] ?? '';
    while (body.trimEnd().endsWith('}') && body.split('}').length > body.split('{').length)
      body = body.trimEnd().slice(0, -1);
    try {
      found.push(splitWords(body.replace(/\{([^{}]*)\}/g, "'$1'")));
    } catch {
      return undefined;
    }
  }
  return found;
}

const expect: WrapperHandler = (inv, recurse, index) => {
  const args = inv.argv.slice(1);
  const codes: string[] = [];
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-c') codes.push(args[++i] ?? '');
    else if (arg === '-f') file = args[++i];
    else if (arg === '--' || !arg.startsWith('-')) {
      file ??= arg === '--' ? args[i + 1] : arg;
      break;
    }
  }
  if (codes.some(hasUnknown))
    return withPtyDriver('expect', [
      opaqueFinding('expect-c', 'the expect program comes from a variable or $(…), which guard cannot see'),
    ]);
  const judge = (code: string): Finding[] =>
    expectSpawns(code)?.flatMap((argv) => recurse(deeper(inv, argv))) ?? [
      opaqueFinding('expect-spawn', 'guard cannot read the command an expect program spawns'),
    ];
  const inner = codes.flatMap(judge);
  if (codes.length === 0 && (file === undefined || file === '-'))
    inner.push(...scriptOnStdin(inv, 'expect', index, judge));
  return withPtyDriver('expect', inner);
};

/** unbuffer [-p] CMD ARGS: runs CMD on a pty it holds. */
const unbuffer: WrapperHandler = (inv, recurse) => {
  const { command } = splitCommand(inv.argv.slice(1), [f('p', ['p'])]);
  return command.length === 0 ? [] : withPtyDriver('unbuffer', recurse(deeper(inv, command)));
};

/** socat ADDRESS ADDRESS: EXEC:cmd and SYSTEM:line addresses run a command (often on a pty). */
const socat: WrapperHandler = (inv, recurse, index) => {
  const inner: Finding[] = [];
  for (const arg of inv.argv.slice(1)) {
    const m = /^(exec|system):(.*)$/is.exec(arg);
    if (!m) continue;
    const body = cutAddressOptions(m[2] ?? '');
    if ((m[1] ?? '').toLowerCase() === 'system') inner.push(...innerLine(inv, index, body, 'socat SYSTEM'));
    else inner.push(...recurse(deeper(inv, splitWords(body))));
  }
  return withPtyDriver('socat', inner);
};

/** socat's address options follow the first comma outside quotes: EXEC:"rm -rf x",pty,stderr. */
function cutAddressOptions(body: string): string {
  let quote: string | undefined;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ',') return body.slice(0, i);
  }
  return body;
}

export const PTY_DRIVERS: Record<string, WrapperHandler> = { script, expect, unbuffer, socat };
