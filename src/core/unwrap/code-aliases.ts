// Reads the names a program gives to dangerous modules and functions (import shutil as s,
// from os import remove as r, getattr(os, "remove"), const {rmSync: r} = require("fs")) and
// rewrites the code to the canonical names the call scanner knows. A computed name on such a
// module (getattr(os, name), fs[x]) cannot be read: it is reported so the code is confirmed.
import type { Language } from './interpreter-code.js';

const PY_MODULES = new Set(['os', 'shutil', 'subprocess', 'os.path', 'pathlib', 'commands']);
const JS_MODULES = /^(?:node:)?(?:fs|fs\/promises|child_process)$/;

export interface Normalised {
  code: string;
  /** Computed names on a dangerous module: what guard cannot read. */
  computed: string[];
}

export function normaliseCode(source: string, language: Language): Normalised {
  const code = propagateConstants(source);
  const normalised = language === 'python' ? normalisePython(code) : language === 'node' ? normaliseNode(code) : { code, computed: [] };
  for (const m of normalised.code.matchAll(PASSED[language])) normalised.computed.push(`${m[0].replace(/^\W+|\W+$/g, '')} passed as a value`);
  return normalised;
}

/** A delete or exec function passed as a value (map(os.remove, …), forEach(fs.unlinkSync), array_map("unlink", …)). */
const PASSED: Record<Language, RegExp> = {
  python: /\b(?:os\.(?:remove|unlink|system)|shutil\.rmtree)\b(?!\s*\()/g,
  node: /(?<![\w$])(?:fs\.)?(?:rmSync|unlinkSync|execSync)\b(?!\s*[(:,}])(?=\s*\))/g,
  php: /\b(?:array_map|array_walk|call_user_func(?:_array)?)\s*\(\s*(['"])(?:unlink|rmdir|exec|system|shell_exec|passthru)\1/g,
  perl: /\\&(?:CORE::)?unlink\b/g,
  ruby: /\bmethod\(\s*:(?:system|exec|rm_rf|delete)\b/g,
};

const LITERAL = String.raw`'[^'\\\n]*'|"[^"\\\n]*"`;
const SCRATCH = String.raw`tempfile\.(?:mkdtemp|gettempdir)\([^)]*\)|(?:fs\.)?mkdtempSync\([^)]*\)|os\.tmpdir\(\)`;

/**
 * NAME = "literal" (or a fresh temporary directory) assigned once: later uses of NAME are that
 * literal, so shutil.rmtree(p) after p = "/srv/data" names /srv/data.
 */
function propagateConstants(source: string): string {
  let code = source;
  const assign = new RegExp(String.raw`(?<![\w.$])(?:(?:const|let|var)\s+)?([A-Za-z_]\w*)\s*=\s*(${LITERAL}|${SCRATCH})\s*(?=[;\n]|$)|\bwith\s+tempfile\.TemporaryDirectory\([^)]*\)\s+as\s+(\w+)`, 'g');
  for (const m of source.matchAll(assign)) {
    const name = (m[1] ?? m[3]) as string;
    const value = m[2] !== undefined && /^['"]/.test(m[2]) ? m[2] : "'/tmp/guard-scratch'";
    const assignments = source.match(new RegExp(String.raw`(?<![\w.$])${name}\s*=(?!=)|\bas\s+${name}\b`, 'g'))?.length ?? 0;
    if (assignments !== 1) continue;
    const at = code.indexOf(m[0]);
    if (at === -1) continue;
    const end = at + m[0].length;
    code = code.slice(0, end) + rename(code.slice(end), name, value);
  }
  return code;
}

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces every use of `alias` as a name (not as an attribute or part of a longer name) by `canonical`. */
function rename(code: string, alias: string, canonical: string): string {
  if (alias === canonical) return code;
  return code.replace(new RegExp(`(?<![\\w.$])${escape(alias)}(?![\\w$])`, 'g'), canonical);
}

function normalisePython(source: string): Normalised {
  let code = source
    .replace(/\b(?:pathlib\.)?Path\(\s*('[^']*'|"[^"]*")\s*\)\.unlink\(\s*\)/g, 'os.remove($1)')
    .replace(/\b__import__\(\s*(['"])([\w.]+)\1\s*\)/g, '$2')
    .replace(/\bimportlib\.import_module\(\s*(['"])([\w.]+)\1\s*\)/g, '$2')
    .replace(/\bgetattr\(\s*([\w.]+)\s*,\s*(['"])(\w+)\2\s*\)/g, '$1.$3');
  const modules = new Set<string>(['os', 'shutil', 'subprocess']);
  for (const m of source.matchAll(/\bimport\s+([\w.]+)\s+as\s+(\w+)/g)) {
    if (!PY_MODULES.has(m[1] as string)) continue;
    code = rename(code.replace(m[0], `import ${m[1]}`), m[2] as string, m[1] as string);
  }
  for (const m of source.matchAll(/\bfrom\s+([\w.]+)\s+import\s+(\([^)]*\)|[\w \t,]+)/g)) {
    if (!PY_MODULES.has(m[1] as string)) continue;
    for (const part of (m[2] as string).replace(/[()]/g, '').split(',')) {
      const [name, alias] = part.trim().split(/\s+as\s+/);
      if (name) code = rename(code.replace(m[0], ''), alias ?? name, `${m[1]}.${name}`);
    }
  }
  // f = os.remove; f(path): the variable is the function.
  for (const m of code.matchAll(/(?<![\w.])(\w+)\s*=\s*((?:os|shutil|subprocess)\.\w+)\s*(?=[;\n]|$)/g)) code = rename(code.replace(m[0], ''), m[1] as string, m[2] as string);
  const computed: string[] = [];
  for (const m of code.matchAll(/\bgetattr\(\s*([\w.]+)\s*,\s*([^)]*)\)/g)) if (modules.has(m[1] as string) || PY_MODULES.has(m[1] as string)) computed.push(m[0]);
  for (const m of code.matchAll(/\b(?:__import__|importlib\.import_module)\(\s*([^'")][^)]*)\)/g)) computed.push(m[0]);
  return { code, computed };
}

function normaliseNode(source: string): Normalised {
  let code = source.replace(/\b(?:require|import)\(\s*(['"`])node:(\w[\w/]*)\1\s*\)/g, "require('$2')").replace(/\bfrom\s+(['"])node:/g, 'from $1');
  const aliases: string[] = [];
  const requireOf = String.raw`(?:require\(\s*(['"\`])([\w:/]+)\2\s*\)|await\s+import\(\s*(['"\`])([\w:/]+)\4\s*\))`;
  // const f = require('fs'); import * as f from 'fs'; import f from 'fs'
  for (const m of code.matchAll(new RegExp(String.raw`\b(?:const|let|var)\s+(\w+)\s*=\s*${requireOf}(?:\.promises)?`, 'g'))) if (JS_MODULES.test(m[3] ?? m[5] ?? '')) aliases.push(m[1] as string);
  for (const m of code.matchAll(/\bimport\s+(?:\*\s+as\s+)?(\w+)\s+from\s+(['"])([\w:/]+)\2/g)) if (JS_MODULES.test(m[3] as string)) aliases.push(m[1] as string);
  // const {rmSync: r} = require('fs'); import {rmSync as r} from 'fs'
  const renames: [string, string][] = [];
  for (const m of code.matchAll(new RegExp(String.raw`\b(?:const|let|var)\s*\{([^}]*)\}\s*=\s*${requireOf}`, 'g'))) {
    if (!JS_MODULES.test(m[3] ?? m[5] ?? '')) continue;
    for (const part of (m[1] as string).split(',')) {
      const [name, alias] = part.split(':').map((s) => s.trim());
      if (name && alias) renames.push([alias, name]);
    }
  }
  for (const m of code.matchAll(/\bimport\s*\{([^}]*)\}\s*from\s+(['"])([\w:/]+)\2/g)) {
    if (!JS_MODULES.test(m[3] as string)) continue;
    for (const part of (m[1] as string).split(',')) {
      const [name, alias] = part.split(/\s+as\s+/).map((s) => s.trim());
      if (name && alias) renames.push([alias, name]);
    }
  }
  for (const [alias, name] of renames) code = rename(code, alias, name);
  // import('fs').then(f => f.rm(…)) needs no rename: the scanner matches the method name.
  const computed: string[] = [];
  const modules = [...aliases, String.raw`require\(\s*['"\`](?:fs|fs/promises|child_process)['"\`]\s*\)`];
  for (const alias of modules) {
    const name = alias.startsWith('require') ? alias : escape(alias);
    for (const m of code.matchAll(new RegExp(String.raw`(?<![\w.$])${name}(?:\.promises)?\[\s*([^'"\`\s\]][^\]]*)\]`, 'g'))) computed.push(m[0]);
  }
  return { code, computed };
}
