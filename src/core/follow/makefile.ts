// A static reading of a Makefile: variables, rules (targets, prerequisites, recipe lines with their
// line numbers) and includes. make itself never runs, not even -n. Conditionals are read as if
// every branch applied (stricter, never laxer); $(shell …) and other functions are unknown.
import { UNKNOWN } from '../unwrap/invocation.js';

export interface RecipeLine {
  text: string;
  line: number;
  file: string;
}

export interface MakeRule {
  prereqs: string;
  recipe: RecipeLine[];
}

export interface Makefile {
  vars: Map<string, string>;
  rules: Map<string, MakeRule[]>;
  first?: string;
}

/** make's built-in variables, as make expands them by default ($(RM) is `rm -f`). */
export const MAKE_DEFAULTS: Readonly<Record<string, string>> = {
  MAKE: 'make',
  RM: 'rm -f',
  CC: 'cc',
  CXX: 'g++',
  AR: 'ar',
  CP: 'cp',
  MV: 'mv',
  SHELL: '/bin/sh',
};

const ASSIGN = /^(?:(?:override|export|private)\s+)*([^\s:#=+?!]+)\s*(::?=|:::=|\?=|\+=|!=|=)\s*(.*)$/s;
const RULE = /^([^:=]+?)\s*::?(?!=)\s*(.*)$/s;

/** Reads one file into `into`; `include` asks `read` for the text of another file (bounded nesting). */
export function parseMakefile(
  text: string,
  file: string,
  read: (name: string) => { text: string; file: string } | undefined,
  into: Makefile = { vars: new Map(Object.entries(MAKE_DEFAULTS)), rules: new Map() },
  nesting = 0,
): Makefile {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let current: MakeRule | undefined;
  let define: { name: string; body: string[] } | undefined;
  for (let k = 0; k < lines.length; k++) {
    const start = k;
    let line = lines[k] as string;
    if (!define && line.startsWith('\t') && current) {
      // A recipe line: backslash-newline reaches the shell, which joins the lines; make drops the next line's tab.
      while (line.endsWith('\\') && k + 1 < lines.length)
        line = `${line.slice(0, -1)}${(lines[++k] as string).replace(/^\t/, '')}`;
      current.recipe.push({ text: line.slice(1), line: start + 1, file });
      continue;
    }
    while (line.endsWith('\\') && k + 1 < lines.length)
      line = `${line.slice(0, -1)} ${(lines[++k] as string).trimStart()}`;
    if (define) {
      if (/^\s*endef\b/.test(line)) {
        into.vars.set(define.name, define.body.join('\n'));
        define = undefined;
      } else define.body.push(line);
      continue;
    }
    if (line.startsWith('\t') && current) {
      current.recipe.push({ text: line.slice(1), line: start + 1, file });
      continue;
    }
    const code = stripComment(line).trim();
    if (code === '') continue;
    const def = /^(?:override\s+|export\s+)*define\s+(\S+)/.exec(code);
    if (def) {
      define = { name: def[1] as string, body: [] };
      continue;
    }
    if (/^(ifeq|ifneq|ifdef|ifndef|else|endif)\b/.test(code)) continue;
    const inc = /^(-?include|sinclude)\s+(.*)$/.exec(code);
    if (inc) {
      for (const name of expandMake(inc[2] as string, into.vars, {})
        .split(/\s+/)
        .filter(Boolean)) {
        const other = nesting < 4 ? read(name) : undefined;
        if (other) parseMakefile(other.text, other.file, read, into, nesting + 1);
      }
      continue;
    }
    const assign = ASSIGN.exec(code);
    if (assign) {
      const [, name, op, value] = assign as unknown as [string, string, string, string];
      const old = into.vars.get(name);
      if (op === '?=' && old !== undefined) continue;
      // := expands now; = later (the same result here, read once all variables are known, except for self-reference).
      const now = op === '!=' ? UNKNOWN : op.includes(':') ? expandMake(value, into.vars, {}) : value;
      into.vars.set(name, op === '+=' && old !== undefined ? `${old} ${now}` : now);
      current = undefined;
      continue;
    }
    const rule = RULE.exec(code);
    if (rule) {
      const [targetsText, rest] = [rule[1] as string, rule[2] as string];
      const semi = rest.indexOf(';');
      current = {
        prereqs: semi === -1 ? rest : rest.slice(0, semi),
        recipe: semi === -1 ? [] : [{ text: rest.slice(semi + 1), line: start + 1, file }],
      };
      // A target-specific variable (`t: VAR = x`) is not a rule.
      if (ASSIGN.test(current.prereqs)) {
        current = undefined;
        continue;
      }
      for (const target of expandMake(targetsText, into.vars, {}).split(/\s+/).filter(Boolean)) {
        const list = into.rules.get(target) ?? [];
        list.push(current);
        into.rules.set(target, list);
        if (into.first === undefined && !target.startsWith('.') && !target.includes('%')) into.first = target;
      }
    }
  }
  return into;
}

function stripComment(line: string): string {
  const at = line.search(/(^|[^\\])#/);
  return at === -1 ? line : line.slice(0, at + (line[at] === '#' ? 0 : 1));
}

/** Expands $(VAR), ${VAR}, $X and automatic variables; functions and $(shell …) become UNKNOWN. */
export function expandMake(
  text: string,
  vars: ReadonlyMap<string, string>,
  auto: Readonly<Record<string, string>>,
  depth = 0,
): string {
  if (depth > 16 || !text.includes('$')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== '$') {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i++;
    } else if (next === '(' || next === '{') {
      const close = matching(text, i + 1);
      const inner = text.slice(i + 2, close);
      i = close;
      out += reference(inner, vars, auto, depth);
    } else if (next !== undefined) {
      out += reference(next, vars, auto, depth);
      i++;
    }
  }
  return out;
}

function reference(
  inner: string,
  vars: ReadonlyMap<string, string>,
  auto: Readonly<Record<string, string>>,
  depth: number,
): string {
  const name = expandMake(inner, vars, auto, depth + 1);
  // A function call ($(shell …), $(wildcard …), $(patsubst …)) or a substitution reference: not static.
  if (/[\s,:]/.test(name.trim()) && !(name in auto)) return UNKNOWN;
  if (name in auto) return auto[name] as string;
  const value = vars.get(name);
  return value === undefined ? '' : expandMake(value, vars, auto, depth + 1);
}

function matching(text: string, open: number): number {
  const o = text[open] as string;
  const c = o === '(' ? ')' : '}';
  let level = 0;
  for (let k = open; k < text.length; k++) {
    if (text[k] === o) level++;
    else if (text[k] === c && --level === 0) return k;
  }
  return text.length;
}
