// Commands in Makefiles, justfiles and Dockerfiles: each recipe line or RUN instruction is one command.
import { isBlankOrComment, shellJoin, splitLines, type ScriptUnit } from './command-lines.js';
import { flowSequence } from './yaml-scalars.js';

/** make's built-in variables, as make expands them by default. */
const MAKE_DEFAULTS: Record<string, string> = { MAKE: 'make', RM: 'rm -f', CC: 'cc', CXX: 'g++', AR: 'ar', CP: 'cp', MV: 'mv', SHELL: '/bin/sh' };

/** Recipe lines (tab-indented after a rule), joined across `\`, with make variables defined in the file expanded. */
export function makefileUnits(text: string): ScriptUnit[] {
  const lines = splitLines(text);
  const vars = makeVariables(lines);
  const units: ScriptUnit[] = [];
  let inRule = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (!raw.startsWith('\t')) {
      if (raw.trim() !== '' && !raw.trim().startsWith('#')) inRule = /^[^\s=#][^=]*:(?!=)/.test(raw) && !/^\s*(export|override|define|ifeq|ifneq|ifdef|ifndef|else|endif|include)\b/.test(raw);
      continue;
    }
    if (!inRule) continue;
    const start = i;
    let command = raw.slice(1);
    while (/\\$/.test(command) && i + 1 < lines.length) command = `${command.slice(0, -1)}${(lines[++i] as string).replace(/^\t/, '')}`;
    command = command.replace(/^[@+-]+/, '').trim();
    if (isBlankOrComment(command)) continue;
    units.push({ line: start + 1, lines: [expandMake(command, vars)] });
  }
  return units;
}

function makeVariables(lines: readonly string[]): Record<string, string> {
  const vars: Record<string, string> = { ...MAKE_DEFAULTS };
  for (const line of lines) {
    const m = /^(?:export\s+|override\s+)?([A-Za-z_][\w.-]*)\s*(?::{1,3}=|\?=|=|\+=)\s*(.*)$/.exec(line);
    if (m) vars[m[1] as string] = (m[2] as string).replace(/\s+#.*$/, '');
  }
  return vars;
}

/** `$(VAR)`/`${VAR}` from the file (a few rounds), automatic variables as words, `$$` as `$`; unknown ones become shell `${VAR}`. */
export function expandMake(command: string, vars: Readonly<Record<string, string>>): string {
  let text = command.replace(/\$\$/g, '\u0000');
  for (let round = 0; round < 4; round++) {
    text = text.replace(/\$[({]([A-Za-z_][\w.-]*)[)}]/g, (_whole, name: string) => (vars[name] !== undefined ? (vars[name] as string) : `\u0000{${name}}`));
  }
  return text.replace(/\$[@<^*?+|]/g, 'target').replace(/\u0000/g, '$');
}

/** justfile recipes: each body line (`@`/`-` prefixes dropped, `{{x}}` as `${x}`); a shebang recipe is one script. */
export function justfileUnits(text: string): ScriptUnit[] {
  const lines = splitLines(text);
  const units: ScriptUnit[] = [];
  let body: Array<{ line: number; text: string }> | undefined;
  const flush = (): void => {
    if (!body || body.length === 0) return;
    const interpolated = body.map((b) => ({ line: b.line, text: b.text.replace(/\{\{\s*([\w-]+)\s*\}\}/g, '${$1}') }));
    if ((interpolated[0] as { text: string }).text.startsWith('#!')) units.push({ line: (interpolated[1] ?? interpolated[0])!.line, lines: interpolated.slice(1).map((b) => b.text) });
    else for (const b of interpolated) if (!isBlankOrComment(b.text)) units.push({ line: b.line, lines: [b.text.replace(/^[@-]+/, '')] });
    body = undefined;
  };
  lines.forEach((raw, i) => {
    if (/^\s+\S/.test(raw) && body) {
      body.push({ line: i + 1, text: raw.trim() });
      return;
    }
    if (raw.trim() === '') return;
    flush();
    if (/^@?[A-Za-z_][\w-]*(\s[^:]*)?:(?!=)/.test(raw)) body = [];
  });
  flush();
  return units;
}

/** Dockerfile `RUN` instructions (shell form, or exec form shown as the line it runs), joined across `\`. */
export function dockerfileUnits(text: string): ScriptUnit[] {
  const lines = splitLines(text);
  const units: ScriptUnit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*RUN\s+(.*)$/i.exec(lines[i] as string);
    if (!m) continue;
    const start = i;
    let command = m[1] as string;
    while (/\\\s*$/.test(command) && i + 1 < lines.length) {
      const next = lines[++i] as string;
      command = isBlankOrComment(next) ? command : `${command.replace(/\\\s*$/, '')}${next}`;
    }
    command = command.replace(/^(--[\w-]+=\S+\s+)+/, '');
    const exec = flowSequence(command);
    units.push({ line: start + 1, lines: [exec ? shellJoin(exec) : command] });
  }
  return units;
}
