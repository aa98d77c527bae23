// make [-f FILE] [-C DIR] [VAR=value] [TARGET…]: the recipes make would run for the targets, with
// their prerequisites first, read from the Makefile on disk (or from stdin for `-f -`). Each recipe
// line is its own shell line; a finding names the Makefile, the line and the target.
import { posix } from 'node:path';
import type { Context, Finding } from '../types.js';
import type { Invocation } from '../unwrap/invocation.js';
import { opaqueFinding, shortLabel } from '../unwrap/shell-findings.js';
import type { WrapperHandler } from '../unwrap/simple-wrappers.js';
import { expandMake, parseMakefile, type Makefile, type RecipeLine } from './makefile.js';
import { displayPath, followRecipe, readFollowed } from './script.js';

const DEFAULT_NAMES = ['GNUmakefile', 'makefile', 'Makefile'];
const VALUE_SHORT = new Set(['f', 'C', 'I', 'o', 'W', 'j', 'l', 'O']);
/** Options that make make print or check instead of running recipes. */
const NO_RUN = new Set(['n', 'q', 'p', 'v']);
const NO_RUN_LONG = new Set([
  '--just-print',
  '--dry-run',
  '--recon',
  '--question',
  '--print-data-base',
  '--version',
  '--help',
]);
/** Recipe lines judged per make call at most: a generated Makefile beyond that is confirmed, not skimmed. */
const MAX_RECIPE_LINES = 4000;

interface MakeArgs {
  files: string[];
  dir?: string;
  overrides: Map<string, string>;
  goals: string[];
  dryRun: boolean;
}

export function parseMakeArgs(args: readonly string[]): MakeArgs {
  const out: MakeArgs = { files: [], overrides: new Map(), goals: [], dryRun: false };
  for (let k = 0; k < args.length; k++) {
    const a = args[k] as string;
    const long = /^--(file|makefile|directory)=(.*)$/.exec(a);
    if (long) {
      if (long[1] === 'directory') out.dir = posix.resolve(out.dir ?? '.', long[2] as string);
      else out.files.push(long[2] as string);
    } else if (a === '--file' || a === '--makefile' || a === '--directory') {
      const v = args[++k] ?? '';
      if (a === '--directory') out.dir = v;
      else out.files.push(v);
    } else if (NO_RUN_LONG.has(a)) out.dryRun = true;
    else if (a.startsWith('--')) continue;
    else if (a.startsWith('-') && a.length > 1) {
      for (let c = 1; c < a.length; c++) {
        const flag = a[c] as string;
        if (NO_RUN.has(flag)) out.dryRun = true;
        if (!VALUE_SHORT.has(flag)) continue;
        let value = a.slice(c + 1);
        // -j and -l take an optional number.
        if (value === '' && ((flag !== 'j' && flag !== 'l') || /^\d+(\.\d+)?$/.test(args[k + 1] ?? '')))
          value = args[++k] ?? '';
        if (flag === 'f') out.files.push(value);
        if (flag === 'C') out.dir = out.dir === undefined ? value : posix.join(out.dir, value);
        break;
      }
    } else if (/^[A-Za-z_][A-Za-z0-9_.-]*:?=/.test(a)) {
      const eq = a.indexOf('=');
      out.overrides.set(a.slice(0, eq).replace(/:$/, ''), a.slice(eq + 1));
    } else out.goals.push(a);
  }
  return out;
}

export const makeHandler: WrapperHandler = (inv, _recurse, index) => {
  const args = parseMakeArgs(inv.argv.slice(1));
  const dir = posix.resolve(inv.ctx.cwd, args.dir ?? '.');
  const ctx: Context = { ...inv.ctx, cwd: dir };
  const loaded = loadMakefile(args, dir, ctx, inv);
  if (loaded === undefined) return [];
  if ('findings' in loaded) return loaded.findings;
  const { makefile, shown } = loaded;
  for (const [name, value] of args.overrides) makefile.vars.set(name, value);
  const goals = args.goals.length > 0 ? args.goals : makefile.first === undefined ? [] : [makefile.first];
  const lines: { recipe: RecipeLine; target: string }[] = [];
  const visited = new Set<string>();
  const visit = (target: string): void => {
    if (visited.has(target) || lines.length > MAX_RECIPE_LINES) return;
    visited.add(target);
    for (const rule of makefile.rules.get(target) ?? []) {
      const prereqs = expandMake(rule.prereqs.replace('|', ' '), makefile.vars, {}).split(/\s+/).filter(Boolean);
      for (const p of prereqs) visit(p);
      for (const recipe of rule.recipe) lines.push({ recipe, target });
    }
  };
  for (const goal of goals) visit(goal);
  if (lines.length > MAX_RECIPE_LINES)
    return [
      opaqueFinding(
        shown,
        `${shown} gives more than ${MAX_RECIPE_LINES} recipe lines for ${goals.join(' ')}; guard does not read further`,
      ),
    ];
  const out: Finding[] = [];
  // make's variables: the environment's, then the Makefile's, then the command line's.
  const vars = new Map([...Object.entries(makeEnv(ctx, dir)), ...makefile.vars, ...args.overrides]);
  for (const { recipe, target } of lines) {
    // make -n still runs `+` lines and lines that call $(MAKE): only those are judged then.
    if (args.dryRun && !/^[\s@-]*\+/.test(recipe.text) && !/\$[({]MAKE[)}]/.test(recipe.text)) continue;
    const rule = (makefile.rules.get(target) ?? [])[0];
    const prereqs = rule ? expandMake(rule.prereqs, vars, {}).split(/\s+/).filter(Boolean) : [];
    const text = expandMake(recipe.text, vars, {
      '@': target,
      '<': prereqs[0] ?? '',
      '^': prereqs.join(' '),
      '+': prereqs.join(' '),
      '?': prereqs.join(' '),
      '*': '',
    }).replace(/^[\s@+-]+/, '');
    const where = `${recipe.file === shown ? shown : displayPath(recipe.file, inv.ctx)} line ${recipe.line} (target ${target}): ${shortLabel(recipe.text.trim())}`;
    // $(shell …) and make functions stay unknown inside the line: a finding only where that part could destroy.
    out.push(...followRecipe(text, where, ctx, index, inv.depth + 1));
  }
  return out;
};

function makeEnv(ctx: Context, dir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx.env)) if (v !== undefined) env[k] = v;
  return { ...env, MAKE: 'make', CURDIR: dir, SHELL: '/bin/sh', RM: 'rm -f' };
}

function loadMakefile(
  args: MakeArgs,
  dir: string,
  ctx: Context,
  inv: Invocation,
): { makefile: Makefile; shown: string } | { findings: Finding[] } | undefined {
  const read = (name: string): { text: string; file: string } | undefined => {
    const path = posix.resolve(dir, name);
    const r = readFollowed(path, name, ctx, 'the Makefile');
    return r && 'text' in r ? { text: r.text, file: path } : undefined;
  };
  if (args.files.includes('-')) {
    if (inv.stdin.kind === 'opaque')
      return {
        findings: [
          opaqueFinding('make-f-stdin', `make -f - reads its Makefile from ${inv.stdin.from}, which guard cannot see`),
        ],
      };
    if (inv.stdin.kind !== 'text') return undefined;
    return { makefile: parseMakefile(inv.stdin.text, 'the Makefile on stdin', read), shown: 'the Makefile on stdin' };
  }
  const names = args.files.length > 0 ? args.files : DEFAULT_NAMES;
  for (const name of names) {
    const path = posix.resolve(dir, name);
    const r = readFollowed(path, name, ctx, 'the Makefile');
    if (r === undefined) continue;
    if ('findings' in r) return r;
    const shown = displayPath(path, inv.ctx);
    const makefile = parseMakefile(r.text, path, read);
    return { makefile, shown: recipeFileShown(makefile, path, shown) };
  }
  return undefined;
}

/** Recipe lines carry the absolute file; the main Makefile is shown as the user names it. */
function recipeFileShown(makefile: Makefile, path: string, shown: string): string {
  for (const rules of makefile.rules.values())
    for (const r of rules) for (const l of r.recipe) if (l.file === path) l.file = shown;
  return shown;
}
