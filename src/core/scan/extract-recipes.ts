// Commands in Makefiles, justfiles and Dockerfiles: each recipe line or RUN instruction is one command.
import { isBlankOrComment, shellJoin, splitLines, type ScriptUnit } from './command-lines.js';
import { flowSequence } from './yaml-scalars.js';
import { expandMake, parseMakefile } from '../follow/makefile.js';
import { fillRecipeLine, parseJustfile } from '../follow/justfile-parse.js';

/** Automatic variables name the target being built; a scan has none, so they read as a word. */
const AUTOMATIC: Readonly<Record<string, string>> = Object.fromEntries(
  ['@', '<', '^', '*', '?', '+', '|'].map((v) => [v, 'target']),
);

/** Recipe lines, read by the one Makefile reader (follow/makefile.ts): make's semantics, an undefined variable is empty. */
export function makefileUnits(text: string): ScriptUnit[] {
  const makefile = parseMakefile(text, 'Makefile', () => undefined);
  const recipes = [...new Set([...makefile.rules.values()].flat())].flatMap((rule) => rule.recipe);
  return [...new Set(recipes)]
    .sort((a, b) => a.line - b.line)
    .map((r) => ({ line: r.line, text: r.text.replace(/^[@+-]+/, '').trim() }))
    .filter((r) => !isBlankOrComment(r.text))
    .map((r) => ({ line: r.line, lines: [expandMake(r.text, makefile.vars, AUTOMATIC)] }));
}

/** justfile recipes, read by the one justfile reader (follow/justfile.ts): each body line (`@`/`-` dropped), `{{x}}` from
 * the file's static variables (a parameter or an expression is unknown); a shebang recipe is one script. */
export function justfileUnits(text: string): ScriptUnit[] {
  const just = parseJustfile(text);
  const units: ScriptUnit[] = [];
  for (const recipe of [...just.recipes.values()].sort((a, b) => (a.body[0]?.line ?? 0) - (b.body[0]?.line ?? 0))) {
    const body = recipe.body.map((b) => ({ line: b.line, text: fillRecipeLine(b.text, just.vars) }));
    if (body[0]?.text.startsWith('#!'))
      units.push({ line: (body[1] ?? body[0]).line, lines: body.slice(1).map((b) => b.text) });
    else
      for (const b of body)
        if (!isBlankOrComment(b.text)) units.push({ line: b.line, lines: [b.text.replace(/^[@-]+/, '')] });
  }
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
