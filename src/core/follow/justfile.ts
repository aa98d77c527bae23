// just [RECIPE [ARG…]]: the recipe's lines (after its dependencies) from the justfile on disk, with
// `{{name}}` filled from variables and parameters as far as they are static.
import { posix } from 'node:path';
import type { PackIndex } from '../classify.js';
import type { Context, Finding } from '../types.js';
import { UNKNOWN, type Invocation } from '../unwrap/invocation.js';
import { shortLabel } from '../unwrap/shell-findings.js';
import type { WrapperHandler } from '../unwrap/simple-wrappers.js';
import { displayPath, followRecipe, followScriptText, readFollowed } from './script.js';

interface Recipe {
  name: string;
  params: string[];
  deps: string[];
  body: { text: string; line: number }[];
}

const HEADER = /^@?([A-Za-z_][A-Za-z0-9_-]*)((?:\s+[+*$]?[A-Za-z_][A-Za-z0-9_-]*(?:=\S+)?)*)\s*:(?!=)(.*)$/;
const NO_RUN = new Set(['-n', '--dry-run', '-l', '--list', '--summary', '--show', '-s', '--evaluate', '--help', '-h', '--version', '-V', '--init', '--edit', '--fmt', '--choose', '--dump']);

export function parseJustfile(text: string): { recipes: Map<string, Recipe>; vars: Map<string, string>; first?: string } {
  const recipes = new Map<string, Recipe>();
  const vars = new Map<string, string>();
  let first: string | undefined;
  let current: Recipe | undefined;
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    if (/^[ \t]+\S/.test(line) && current) {
      current.body.push({ text: line.trim(), line: k + 1 });
      continue;
    }
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('[')) continue;
    current = undefined;
    const assign = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_-]*)\s*:=\s*(.*)$/.exec(line);
    if (assign) {
      vars.set(assign[1] as string, justValue(assign[2] as string));
      continue;
    }
    const header = HEADER.exec(line);
    if (!header) continue;
    const deps = [...(header[3] as string).replace(/#.*$/, '').matchAll(/\(?\s*([A-Za-z_][A-Za-z0-9_-]*)/g)].map((m) => m[1] as string);
    const params = (header[2] as string).trim().split(/\s+/).filter(Boolean).map((p) => p.replace(/^[+*$]/, '').replace(/=.*$/, ''));
    current = { name: header[1] as string, params, deps, body: [] };
    recipes.set(current.name, current);
    first ??= current.name;
  }
  return { recipes, vars, ...(first === undefined ? {} : { first }) };
}

/** A literal string value; a backtick or an expression is not static. */
function justValue(raw: string): string {
  const v = raw.trim();
  const quoted = /^'([^']*)'$|^"([^"\\]*)"$/.exec(v);
  if (quoted) return quoted[1] ?? quoted[2] ?? '';
  return UNKNOWN;
}

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
  const path = file !== undefined ? posix.resolve(inv.ctx.cwd, file) : findUp(['justfile', 'Justfile', '.justfile'], inv.ctx);
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

function recipeFindings(recipe: Recipe, scope: Map<string, string>, shown: string, ctx: Context, inv: Invocation, index: PackIndex): Finding[] {
  const fill = (text: string): string => text.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}|\{\{[^}]*\}\}/g, (_m, name?: string) => (name !== undefined ? scope.get(name) ?? UNKNOWN : UNKNOWN));
  const shebang = recipe.body[0]?.text.startsWith('#!') === true;
  // A shebang recipe is one script; otherwise each line is its own shell line.
  const pieces = shebang ? [{ text: recipe.body.map((l) => fill(l.text)).join('\n'), line: recipe.body[0]?.line ?? 1 }] : recipe.body.map((l) => ({ text: fill(l.text).replace(/^[@-]+/, ''), line: l.line }));
  const out: Finding[] = [];
  for (const piece of pieces) {
    const where = `${shown} line ${piece.line} (recipe ${recipe.name}): ${shortLabel(piece.text.split('\n')[0] ?? '')}`;
    // A shebang recipe is a script: its findings name their own line.
    out.push(...(shebang ? followScriptText(piece.text, `${shown} (recipe ${recipe.name})`, inv, index, [recipe.name], piece.line, ctx) : followRecipe(piece.text, where, ctx, index, inv.depth + 1, piece.line)));
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
