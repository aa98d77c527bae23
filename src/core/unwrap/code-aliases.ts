// Reads the names a program gives to dangerous modules and functions (import shutil as s,
// from os import remove as r, getattr(os, "remove"), const {rmSync: r} = require("fs")) and
// rewrites the code to the canonical names the call scanner knows. A computed name on such a
// module (getattr(os, name), fs[x]) or a delete function passed as a value cannot be read: it is
// reported so the code is confirmed. Every step is one pass over the code (linear in its length).
import type { Language } from './interpreter-code.js';

const PY_MODULES = new Set(['os', 'shutil', 'subprocess', 'os.path', 'pathlib', 'commands']);
const JS_MODULES = /^(?:node:)?(?:fs|fs\/promises|child_process)$/;

export interface Normalised {
  code: string;
  /** Computed names on a dangerous module: what guard cannot read. */
  computed: string[];
}

export function normaliseCode(source: string, language: Language): Normalised {
  let code = propagateConstants(source);
  // Ruby's obj.send(:name, …) is obj.name(…); a computed name in send is caught below.
  if (language === 'ruby') code = code.replace(/\.(?:send|public_send|__send__)\(\s*:(\w+)\s*(?:,\s*|(?=\)))/g, '.$1(');
  const normalised =
    language === 'python' ? normalisePython(code) : language === 'node' ? normaliseNode(code) : { code, computed: [] };
  for (const m of normalised.code.matchAll(PASSED[language]))
    normalised.computed.push(`${m[0].replace(/^\W+|\W+$/g, '')} passed as a value`);
  return normalised;
}

/** A delete or exec function passed as a value (map(os.remove, …), forEach(fs.unlinkSync), array_map("unlink", …)). */
const PASSED: Record<Language, RegExp> = {
  python: /\b(?:os\.(?:remove|unlink|system)|shutil\.rmtree)\b(?!\s*\()/g,
  node: /(?<![\w$])(?:fs\.)?(?:rmSync|unlinkSync|execSync)\b(?!\s*[(:,}])(?=\s*\))/g,
  php: /\b(?:array_map|array_walk|call_user_func(?:_array)?)\s*\(\s*(['"])(?:unlink|rmdir|exec|system|shell_exec|passthru)\1|\$\w+\s*\(/g,
  perl: /\\&(?:CORE::)?unlink\b/g,
  ruby: /\bmethod\(\s*:(?:system|exec|rm_rf|delete)\b|\.(?:send|public_send|__send__)\(\s*[^:\s)]/g,
};

const STAR: Record<string, string> = {
  os: 'system, popen, remove, unlink, execv, execvp, execve, execl, execlp, spawnv, spawnvp, spawnl, spawnlp',
  shutil: 'rmtree',
  subprocess: 'run, call, check_call, check_output, Popen, getoutput, getstatusoutput',
};

const IDENTIFIER = /(?<![\w.$])[A-Za-z_$][\w$]*(?![\w$])/g;

/** Replaces, in one pass, every use of a name (not an attribute, not part of a longer name) found in `names`, from `from` on. */
function renameAll(code: string, names: ReadonlyMap<string, { to: string; from: number }>): string {
  if (names.size === 0) return code;
  return code.replace(IDENTIFIER, (word: string, at: number) => {
    const entry = names.get(word);
    return entry !== undefined && at >= entry.from ? entry.to : word;
  });
}

const LITERAL = String.raw`'[^'\\\n]*'|"[^"\\\n]*"`;
const SCRATCH = String.raw`tempfile\.(?:mkdtemp|gettempdir)\([^)]{0,200}\)|(?:fs\.)?mkdtempSync\([^)]{0,200}\)|os\.tmpdir\(\)`;
const CONSTANT = new RegExp(
  String.raw`(?<![\w.$])(?:(?:const|let|var)\s+)?([A-Za-z_]\w*)\s*=\s*(${LITERAL}|${SCRATCH})\s*(?=[;\n]|$)|\bwith\s+tempfile\.TemporaryDirectory\([^)]{0,200}\)\s+as\s+(\w+)`,
  'g',
);
const ASSIGNED = /(?<![\w.$])([A-Za-z_]\w*)\s*=(?!=)|\bas\s+(\w+)/g;

/**
 * NAME = "literal" (or a fresh temporary directory) assigned once: later uses of NAME are that
 * literal, so shutil.rmtree(p) after p = "/srv/data" names /srv/data.
 */
function propagateConstants(code: string): string {
  const counts = new Map<string, number>();
  for (const m of code.matchAll(ASSIGNED)) {
    const name = (m[1] ?? m[2]) as string;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = new Map<string, { to: string; from: number }>();
  for (const m of code.matchAll(CONSTANT)) {
    const name = (m[1] ?? m[3]) as string;
    if (counts.get(name) !== 1) continue;
    const to = m[2] !== undefined && /^['"]/.test(m[2]) ? m[2] : "'/tmp/guard-scratch'";
    names.set(name, { to, from: (m.index ?? 0) + m[0].length });
  }
  return renameAll(code, names);
}

function normalisePython(source: string): Normalised {
  let code = source
    .replace(/\b(?:pathlib\.)?Path\(\s*('[^']*'|"[^"]*")\s*\)\.unlink\(\s*\)/g, 'os.remove($1)')
    .replace(/\b(?:pathlib\.)?Path\(\s*('[^']*'|"[^"]*")\s*\)\.write_(?:text|bytes)\(/g, 'open($1, "w").write(')
    .replace(/\b__import__\(\s*(['"])([\w.]+)\1\s*\)/g, '$2')
    .replace(/\bimportlib\.import_module\(\s*(['"])([\w.]+)\1\s*\)/g, '$2')
    .replace(/\bgetattr\(\s*([\w.]+)\s*,\s*(['"])(\w+)\2\s*\)/g, '$1.$3');
  const names = new Map<string, { to: string; from: number }>();
  for (const m of code.matchAll(/\bimport\s+([\w.]+)\s+as\s+(\w+)/g))
    if (PY_MODULES.has(m[1] as string)) names.set(m[2] as string, { to: m[1] as string, from: 0 });
  code = code.replace(
    /\bfrom\s+([\w.]+)\s+import\s+(\([^)]{0,200}\)|[\w \t,]+|\*)/g,
    (statement: string, module: string, list: string) => {
      if (!PY_MODULES.has(module)) return statement;
      // from os import *: every function the scanner knows is reachable by its bare name.
      if (list === '*') list = STAR[module] ?? '';
      for (const part of list.replace(/[()]/g, '').split(',')) {
        const [name, alias] = part.trim().split(/\s+as\s+/);
        if (name) names.set(alias ?? name, { to: `${module}.${name}`, from: 0 });
      }
      return '';
    },
  );
  code = renameAll(code, names);
  // f = os.remove; f(path): the variable is the function.
  const functions = new Map<string, { to: string; from: number }>();
  code = code.replace(
    /(?<![\w.])(\w+)\s*=\s*((?:os|shutil|subprocess)\.\w+)\s*(?=[;\n]|$)/g,
    (_: string, name: string, fn: string) => {
      functions.set(name, { to: fn, from: 0 });
      return '';
    },
  );
  code = renameAll(code, functions);
  const computed: string[] = [];
  for (const m of code.matchAll(/\bgetattr\(\s*([\w.]+)\s*,\s*([^)]{0,200})\)/g))
    if (PY_MODULES.has(m[1] as string)) computed.push(m[0]);
  for (const m of code.matchAll(/\b(?:__import__|importlib\.import_module)\(\s*([^'")][^)]{0,200})\)/g))
    computed.push(m[0]);
  return { code, computed };
}

const REQUIRE = String.raw`(?:require\(\s*(['"\`])([\w:/]+)\2\s*\)|await\s+import\(\s*(['"\`])([\w:/]+)\4\s*\))`;
const JS_ALIAS = new RegExp(
  String.raw`\b(?:const|let|var)\s+(\w+)\s*=\s*${REQUIRE}|\bimport\s+(?:\*\s+as\s+)?(\w+)\s+from\s+(['"])([\w:/]+)\7`,
  'g',
);
const JS_DESTRUCTURE = new RegExp(
  String.raw`\b(?:const|let|var)\s*\{([^}]*)\}\s*=\s*${REQUIRE}|\bimport\s*\{([^}]*)\}\s*from\s+(['"])([\w:/]+)\7`,
  'g',
);
const JS_COMPUTED =
  /(?<![\w.$])([A-Za-z_$][\w$]*|require\(\s*['"`](?:node:)?(?:fs|fs\/promises|child_process)['"`]\s*\))(?:\.promises)?\[\s*([^'"`\s\]][^\]]{0,200})\]/g;

function normaliseNode(source: string): Normalised {
  const aliases = new Set<string>();
  for (const m of source.matchAll(JS_ALIAS))
    if (JS_MODULES.test(m[3] ?? m[5] ?? m[8] ?? '')) aliases.add((m[1] ?? m[6]) as string);
  // const {rmSync: r} = require('fs'); import {rmSync as r} from 'fs'
  const names = new Map<string, { to: string; from: number }>();
  for (const m of source.matchAll(JS_DESTRUCTURE)) {
    if (!JS_MODULES.test(m[3] ?? m[5] ?? m[8] ?? '')) continue;
    for (const part of (m[1] ?? m[6] ?? '').split(',')) {
      const [name, alias] = part.split(/:|\s+as\s+/).map((s) => s.trim());
      if (name && alias) names.set(alias, { to: name, from: 0 });
    }
  }
  const code = renameAll(source, names);
  // import('fs').then(f => f.rm(…)) needs no rename: the scanner matches the method name.
  const computed: string[] = [];
  for (const m of code.matchAll(JS_COMPUTED))
    if (aliases.has(m[1] as string) || (m[1] as string).startsWith('require')) computed.push(m[0]);
  return { code, computed };
}
