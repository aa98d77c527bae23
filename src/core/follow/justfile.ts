// just [RECIPE [ARG…]]: the recipe's lines (after its dependencies) from the justfile on disk, with
// `{{name}}` filled from variables and parameters as far as they are static.
import { posix } from 'node:path';
import type { PackIndex } from '../classify.js';
import type { Context, Finding } from '../types.js';
import { UNKNOWN, type Invocation } from '../unwrap/invocation.js';
import { shortLabel } from '../unwrap/shell-findings.js';
import type { WrapperHandler } from '../unwrap/simple-wrappers.js';
import { fillRecipeLine, parseJustfile, type Recipe } from './justfile-parse.js';
import { displayPath, followRecipe, followScriptText, readFollowed } from './script.js';

const NO_RUN = new Set([
  '-n',
  '--dry-run',
  '-l',
  '--list',
  '--summary',
  '--show',
  '-s',
  '--evaluate',
  '--help',
  '-h',
  '--version',
  '-V',
  '--init',
  '--edit',
  '--fmt',
  '--choose',
  '--dump',
]);

export const justHandler: WrapperHandler = (inv, _recurse, index) => {
  const args = inv.argv.slice(1);
  if (args.some((a) => NO_RUN.has(a))) return [];
  let file: string | undefined;
  let dir = inv.ctx.cwd;
  const words: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k] as string;
    if (a === '-f' || a === '--justfile') file = args[++k];
    else if (a.startsWith('--justfile=')) file = a.slice(11);
    else if (a === '-d' || a === '--working-directory') dir = posix.resolve(inv.ctx.cwd, args[++k] ?? '.');
    else if (a.startsWith('--working-directory=')) dir = posix.resolve(inv.ctx.cwd, a.slice(20));
    else if (!a.startsWith('-')) words.push(a);
  }
  const path =
    file !== undefined ? posix.resolve(inv.ctx.cwd, file) : findUp(['justfile', 'Justfile', '.justfile'], inv.ctx);
  if (path === undefined) return [];
  const read = readFollowed(path, path, inv.ctx, 'the justfile');
  if (read === undefined) return [];
  if ('findings' in read) return read.findings;
  const just = parseJustfile(read.text);
  const goal = words[0] ?? just.first;
  if (goal === undefined) return [];
  const shown = displayPath(path, inv.ctx);
  const ctx: Context = { ...inv.ctx, cwd: file === undefined ? posix.dirname(path) : dir };
  const out: Finding[] = [];
  const seen = new Set<string>();
  const run = (name: string, values: string[]): void => {
    const recipe = just.recipes.get(name);
    if (!recipe || seen.has(name)) return;
    seen.add(name);
    for (const dep of recipe.deps) run(dep, []);
    const scope = new Map(just.vars);
    recipe.params.forEach((p, k) => scope.set(p, values[k] ?? UNKNOWN));
    out.push(...recipeFindings(recipe, scope, shown, ctx, inv, index));
  };
  run(goal, words.slice(1));
  return out;
};

function recipeFindings(
  recipe: Recipe,
  scope: Map<string, string>,
  shown: string,
  ctx: Context,
  inv: Invocation,
  index: PackIndex,
): Finding[] {
  const fill = (text: string): string => fillRecipeLine(text, scope);
  const shebang = recipe.body[0]?.text.startsWith('#!') === true;
  // A shebang recipe is one script; otherwise each line is its own shell line.
  const pieces = shebang
    ? [{ text: recipe.body.map((l) => fill(l.text)).join('\n'), line: recipe.body[0]?.line ?? 1 }]
    : recipe.body.map((l) => ({ text: fill(l.text).replace(/^[@-]+/, ''), line: l.line }));
  const out: Finding[] = [];
  for (const piece of pieces) {
    const where = `${shown} line ${piece.line} (recipe ${recipe.name}): ${shortLabel(piece.text.split('\n')[0] ?? '')}`;
    // A shebang recipe is a script: its findings name their own line.
    out.push(
      ...(shebang
        ? followScriptText(piece.text, `${shown} (recipe ${recipe.name})`, inv, index, [recipe.name], piece.line, ctx)
        : followRecipe(piece.text, where, ctx, index, inv.depth + 1, piece.line)),
    );
  }
  return out;
}

/** The nearest of `names` at or above cwd. */
export function findUp(names: string[], ctx: Context): string | undefined {
  for (let dir = ctx.cwd; ; dir = posix.dirname(dir)) {
    for (const n of names) if (ctx.fs.stat(posix.join(dir, n))?.isFile) return posix.join(dir, n);
    if (dir === '/') return undefined;
  }
}
