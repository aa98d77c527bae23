// awk, sed and vim run shell commands from their program text: awk system("…") and
// print | "cmd"; sed's `e` command and the `e` flag of s///; vim -c '!cmd', +'!cmd', system("…").
import type { PackIndex } from '../classify.js';
import type { Finding } from '../types.js';
import { analyseLine } from '../shell/analyse-line.js';
import { hasUnknown, type Invocation } from './invocation.js';
import { classifyLeaf } from './leaf.js';
import { opaqueFinding } from './shell-findings.js';
import type { WrapperHandler } from './simple-wrappers.js';

const AWK_STRING = String.raw`"((?:[^"\\]|\\.)*)"`;

/** The program: the value of -e/--expression (sed) or the first operand, unless it comes from -f. */
function programTexts(
  args: readonly string[],
  valueOptions: ReadonlySet<string>,
  scriptOptions: ReadonlySet<string>,
): string[] {
  const scripts: string[] = [];
  let fromFile = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') return scripts.length > 0 || fromFile ? scripts : args.slice(i + 1, i + 2);
    if (scriptOptions.has(arg)) {
      scripts.push(args[++i] ?? '');
      continue;
    }
    const long = [...scriptOptions].find((o) => o.startsWith('--') && arg.startsWith(`${o}=`));
    if (long) scripts.push(arg.slice(long.length + 1));
    else if (arg === '-f' || arg === '--file' || arg.startsWith('--file=')) fromFile = true;
    if (arg.startsWith('-') && arg.length > 1) {
      if (valueOptions.has(arg) || arg === '-f' || arg === '--file') i++;
      continue;
    }
    return scripts.length > 0 || fromFile ? scripts : [arg];
  }
  return scripts;
}

function judge(
  inv: Invocation,
  index: PackIndex,
  tool: string,
  lines: string[],
  opaque: string[],
): Finding[] | undefined {
  const findings: Finding[] = [];
  for (const text of opaque)
    findings.push(
      opaqueFinding(`${tool}-command`, `${tool} runs ${text}, a command built when it runs, which guard cannot see`),
    );
  for (const line of lines) {
    if (hasUnknown(line))
      findings.push(opaqueFinding(`${tool}-command`, `${tool} runs a command from a variable or $(…)`));
    else findings.push(...analyseLine(line, inv.ctx, index, { depth: inv.depth + 1 }));
  }
  return findings.length > 0 ? [...findings, ...classifyLeaf(inv, index)] : undefined;
}

export const awkHandler: WrapperHandler = (inv, _recurse, index) => {
  const lines: string[] = [];
  const opaque: string[] = [];
  for (const program of programTexts(
    inv.argv.slice(1),
    new Set(['-F', '-v', '--assign', '--field-separator']),
    new Set(['--source', '-e']),
  )) {
    for (const m of program.matchAll(/\bsystem\s*\(\s*/g)) {
      const literal = new RegExp(`^${AWK_STRING}\\s*\\)`).exec(program.slice((m.index ?? 0) + m[0].length));
      if (literal) lines.push(unescapeAwk(literal[1] as string));
      else opaque.push('system() with a computed command');
    }
    // print … | "cmd", "cmd" | getline, print … |& "cmd"
    for (const m of program.matchAll(new RegExp(`\\|&?\\s*${AWK_STRING}|${AWK_STRING}\\s*\\|&?\\s*getline`, 'g'))) {
      const cmd = unescapeAwk((m[1] ?? m[2]) as string);
      if (/^\s*(?:\S*\/)?(?:sh|bash|zsh|dash|ksh)\b/.test(cmd)) opaque.push(`a script printed into "${cmd}"`);
      else lines.push(cmd);
    }
    for (const m of program.matchAll(/\|&?\s*(?!"|getline\b)[A-Za-z_]\w*/g))
      if (!/^\|\|/.test(m[0])) opaque.push(`a pipe to the command in ${m[0].replace(/^\|&?\s*/, '')}`);
  }
  return judge(inv, index, 'awk', lines, opaque);
};

function unescapeAwk(text: string): string {
  return text.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

export const sedHandler: WrapperHandler = (inv, _recurse, index) => {
  const lines: string[] = [];
  const opaque: string[] = [];
  for (const program of programTexts(
    inv.argv.slice(1),
    new Set(['-l', '--line-length']),
    new Set(['-e', '--expression']),
  )) {
    // s/RE/REPL/FLAGS with the e flag runs the pattern space; the s and y bodies are then set aside.
    const rest = program.replace(
      /([sy])([^\w\s\\;{}])((?:(?!\2)[^\\]|\\.)*)\2((?:(?!\2)[^\\]|\\.)*)\2([a-zA-Z0-9]*)/g,
      (_, cmd: string, _d, _re, _repl, flags: string) => {
        if (cmd === 's' && flags.includes('e')) opaque.push('the result of s///e as a command');
        return cmd;
      },
    );
    const address = String.raw`(?:\d+|\$|/(?:[^/\\]|\\.)*/)`;
    for (const m of rest.matchAll(
      new RegExp(
        String.raw`(?:^|[;{}\n])\s*(?:${address}(?:\s*,\s*${address})?\s*!?\s*)?e(?:[ \t]+([^;\n}]*))?(?=$|[;\n}])`,
        'g',
      ),
    )) {
      if (m[1]?.trim()) lines.push(m[1].trim());
      else opaque.push('the e command on its input lines');
    }
  }
  return judge(inv, index, 'sed', lines, opaque);
};

export const vimHandler: WrapperHandler = (inv, _recurse, index) => {
  const commands: string[] = [];
  const args = inv.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-c' || arg === '--cmd') commands.push(args[++i] ?? '');
    else if (arg.startsWith('+') && arg.length > 1) commands.push(arg.slice(1));
  }
  const lines: string[] = [];
  const opaque: string[] = [];
  for (const raw of commands) {
    for (const piece of raw.split('|')) {
      const cmd = piece.replace(/^[\s:]+/, '').replace(/^(?:silent!?|exe(?:cute)?)\s+/, '');
      const bang = /^(?:(?:r(?:ead)?|w(?:rite)?|[%.,$\d]*)\s*)?!(.*)$/.exec(cmd);
      if (bang) lines.push(bang[1] as string);
      for (const m of cmd.matchAll(/\b(?:system|systemlist)\s*\(\s*(['"])(.*?)\1\s*\)/g)) lines.push(m[2] as string);
      if (/\b(?:system|systemlist)\s*\(\s*[^'"\s]/.test(cmd)) opaque.push('system() with a computed command');
    }
  }
  return judge(inv, index, 'vim', lines, opaque);
};
