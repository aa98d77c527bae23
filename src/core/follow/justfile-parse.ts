// A static reading of a justfile: recipes (parameters, dependencies, body lines with their line
// numbers) and `name := 'literal'` variables. Shared by following `just` and by `guard scan`.
import { UNKNOWN } from '../unwrap/invocation.js';

export interface Recipe {
  name: string;
  params: string[];
  deps: string[];
  body: { text: string; line: number }[];
}

const HEADER = /^@?([A-Za-z_][A-Za-z0-9_-]*)((?:\s+[+*$]?[A-Za-z_][A-Za-z0-9_-]*(?:=\S+)?)*)\s*:(?!=)(.*)$/;

export function parseJustfile(text: string): {
  recipes: Map<string, Recipe>;
  vars: Map<string, string>;
  first?: string;
} {
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
    const deps = [...(header[3] as string).replace(/#.*$/, '').matchAll(/\(?\s*([A-Za-z_][A-Za-z0-9_-]*)/g)].map(
      (m) => m[1] as string,
    );
    const params = (header[2] as string)
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((p) => p.replace(/^[+*$]/, '').replace(/=.*$/, ''));
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

/** `{{name}}` from the static variables and parameters in `scope`; anything else (an expression, a parameter not given) is UNKNOWN. */
export function fillRecipeLine(text: string, scope: ReadonlyMap<string, string>): string {
  return text.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}|\{\{[^}]*\}\}/g, (_m, name?: string) =>
    name !== undefined ? (scope.get(name) ?? UNKNOWN) : UNKNOWN,
  );
}
