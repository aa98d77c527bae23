// Finds, in a one-line program (python -c, node -e, perl -e, ruby -e), the calls that run shell
// commands or delete trees. A lexical scan, not a parser: enough for one-liners, and anything it
// cannot read as a literal is reported as opaque rather than ignored.
import { normaliseCode } from './code-aliases.js';
import { maskStrings } from './code-literals.js';

export type Language = 'python' | 'node' | 'perl' | 'ruby' | 'php';

export type Value =
  { kind: 'string'; value: string } | { kind: 'list'; values: string[] } | { kind: 'other'; text: string };

export type CodeAction =
  | { kind: 'shell'; call: string; line: string }
  | { kind: 'argv'; call: string; argv: string[] }
  | { kind: 'remove'; call: string; path: string; recursive: boolean }
  /** A file the call empties or replaces (open(p, 'w'), writeFileSync, File.write, copy onto it). */
  | { kind: 'overwrite'; call: string; path: string }
  | { kind: 'opaque'; call: string; text: string }
  /** Code the program evaluates (exec("…"), eval "…"): read as a program of the same language. */
  | { kind: 'code'; call: string; text: string };

interface CallSpec {
  pattern: RegExp;
  /** What the call does with its arguments. */
  effect: 'shell' | 'exec-file' | 'remove-tree' | 'remove' | 'js-rm' | 'eval' | Write;
}

/** write: the first argument is replaced; write-dest: the second (copy, move); open: replaced when the mode writes. */
type Write = 'write' | 'write-dest' | 'open';

const CALLS: Record<Language, CallSpec[]> = {
  python: [
    {
      pattern:
        /\b(?:os\.system|os\.popen|subprocess\.(?:run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|commands\.getoutput)\s*\(/g,
      effect: 'shell',
    },
    { pattern: /\bshutil\.rmtree\s*\(/g, effect: 'remove-tree' },
    { pattern: /\bos\.(?:remove|unlink)\s*\(/g, effect: 'remove' },
    { pattern: /\b(?:os\.(?:exec|spawn)[lv]p?e?|pty\.spawn)\s*\(/g, effect: 'exec-file' },
    { pattern: /(?<![\w.])(?:exec|eval|compile)\s*\(/g, effect: 'eval' },
    { pattern: /(?<![\w.])(?:io\.)?open\s*\(/g, effect: 'open' },
    { pattern: /\bshutil\.(?:copy|copy2|copyfile|move)\s*\(|\bos\.(?:replace|rename)\s*\(/g, effect: 'write-dest' },
  ],
  node: [
    { pattern: /\b(?:execSync|exec)\s*\(/g, effect: 'shell' },
    { pattern: /\b(?:execFileSync|execFile|spawnSync|spawn)\s*\(/g, effect: 'exec-file' },
    { pattern: /\b(?:rmSync|rmdirSync|rm|rmdir)\s*\(/g, effect: 'js-rm' },
    { pattern: /\b(?:unlinkSync|unlink)\s*\(/g, effect: 'remove' },
    { pattern: /\b(?:writeFileSync|writeFile|truncateSync|truncate|createWriteStream)\s*\(/g, effect: 'write' },
    { pattern: /\b(?:copyFileSync|copyFile|renameSync|rename|cpSync)\s*\(/g, effect: 'write-dest' },
    {
      pattern: /(?<![\w.$])(?:eval|(?:new\s+)?Function)\s*\(|\b(?:runInThisContext|runInNewContext|runInContext)\s*\(/g,
      effect: 'eval',
    },
  ],
  perl: [
    { pattern: /\b(?:system|exec)\b\s*/g, effect: 'shell' },
    { pattern: /\b(?:rmtree|remove_tree)\b\s*/g, effect: 'remove-tree' },
    { pattern: /\bunlink\b\s*/g, effect: 'remove' },
    { pattern: /\beval\b(?!\s*\{)\s*/g, effect: 'eval' },
    { pattern: /\bopen\b\s*/g, effect: 'open' },
  ],
  ruby: [
    {
      pattern:
        /(?:\bKernel\.)?\b(?:system|exec|spawn)\b\s*|\bIO\.popen\s*|\bOpen3\.(?:capture2e?|capture3|popen3|popen2e?)\s*/g,
      effect: 'shell',
    },
    { pattern: /\bFileUtils\.(?:rm_rf|rm_r|remove_dir|remove_entry(?:_secure)?|rmtree)\s*/g, effect: 'remove-tree' },
    { pattern: /\bFileUtils\.(?:rm|rm_f|remove)\b\s*|\bFile\.(?:delete|unlink)\s*/g, effect: 'remove' },
    { pattern: /\b(?:instance_|class_|module_)?eval\b(?!\s*\{)\s*/g, effect: 'eval' },
    { pattern: /\bFile\.(?:write|binwrite|truncate)\s*/g, effect: 'write' },
    { pattern: /\bFile\.open\s*/g, effect: 'open' },
    { pattern: /\bFileUtils\.(?:cp|copy|mv|move|copy_file)\s*/g, effect: 'write-dest' },
  ],
  php: [
    { pattern: /(?<![$>:\w])(?:exec|system|shell_exec|passthru|popen|proc_open)\s*\(/g, effect: 'shell' },
    { pattern: /(?<![$>:\w])(?:unlink|rmdir)\s*\(/g, effect: 'remove' },
    { pattern: /(?<![$>:\w])(?:eval|create_function)\s*\(/g, effect: 'eval' },
    { pattern: /(?<![$>:\w])file_put_contents\s*\(/g, effect: 'write' },
    { pattern: /(?<![$>:\w])fopen\s*\(/g, effect: 'open' },
    { pattern: /(?<![$>:\w])(?:copy|rename)\s*\(/g, effect: 'write-dest' },
  ],
};

export function scanCode(source: string, language: Language): CodeAction[] {
  const { code, computed } = normaliseCode(source, language);
  const masked = maskStrings(code, language);
  const actions: CodeAction[] = computed.map((text) => ({ kind: 'opaque', call: 'a computed name', text }));
  for (const spec of CALLS[language]) {
    for (const match of masked.matchAll(spec.pattern)) {
      const call = match[0].replace(/[\s(]+$/, '');
      let at = (match.index ?? 0) + match[0].length;
      const parenthesised = match[0].endsWith('(') || code[at] === '(';
      if (code[at] === '(' && !match[0].endsWith('(')) at++;
      const args = readArguments(code, at, parenthesised);
      const values = args.map((a) => readValue(a, language));
      actions.push(...judgeCall(call, spec.effect, values, language));
    }
  }
  if (language === 'perl' || language === 'ruby' || language === 'php') {
    for (const m of code.matchAll(
      /`([^`]*)`|%x\{([^}]{0,4096})\}|%x\(([^)]{0,4096})\)|\bqx\{([^}]{0,4096})\}|\bqx\(([^)]{0,4096})\)|\bqx\/([^/]{0,4096})\//g,
    )) {
      const text = m.slice(1).find((g) => g !== undefined) ?? '';
      actions.push(
        hasInterpolation(text, language)
          ? { kind: 'opaque', call: 'backticks', text }
          : { kind: 'shell', call: 'backticks', line: text },
      );
    }
  }
  return actions;
}

function judgeCall(call: string, effect: CallSpec['effect'], values: Value[], language: Language): CodeAction[] {
  const first = values[0];
  if (first === undefined) return [];
  if (effect === 'write' || effect === 'write-dest' || effect === 'open') return writes(call, effect, values, language);
  if (effect === 'eval') {
    // new Function("a", "body"): the body is the last argument.
    const body = call.endsWith('Function') ? values[values.length - 1] : first;
    if (body?.kind === 'string') return [{ kind: 'code', call, text: body.value }];
    return [{ kind: 'opaque', call, text: body?.kind === 'other' ? body.text : call }];
  }
  if (effect === 'shell' || effect === 'exec-file') {
    if (effect === 'shell' && first.kind === 'string' && values.length === 1)
      return [{ kind: 'shell', call, line: first.value }];
    if (first.kind === 'list') return [{ kind: 'argv', call, argv: first.values }];
    const strings = values.filter((x): x is Extract<Value, { kind: 'string' }> => x.kind === 'string');
    if (first.kind === 'string' && effect === 'exec-file') {
      const second = values[1];
      if (second === undefined || second.kind === 'list')
        return [{ kind: 'argv', call, argv: [first.value, ...(second?.kind === 'list' ? second.values : [])] }];
    }
    if (first.kind === 'string' && strings.length === values.length)
      return [{ kind: 'argv', call, argv: strings.map((s) => s.value) }];
    if (first.kind === 'string' && effect === 'shell') return [{ kind: 'shell', call, line: first.value }];
    return [{ kind: 'opaque', call, text: first.kind === 'other' ? first.text : call }];
  }
  if (first.kind !== 'string') return [{ kind: 'opaque', call, text: first.kind === 'other' ? first.text : call }];
  if (effect === 'js-rm') {
    const options = values[1];
    const recursive = options?.kind === 'other' && /recursive\s*:\s*true/.test(options.text);
    return [{ kind: 'remove', call, path: first.value, recursive }];
  }
  return [{ kind: 'remove', call, path: first.value, recursive: effect === 'remove-tree' }];
}

/**
 * The file a writing call empties or replaces, when its name is a literal. A name guard cannot read is
 * left alone, as the shell's `> "$f"` is: writing files is everyday work, and only data files count.
 */
function writes(call: string, effect: Write, values: Value[], language: Language): CodeAction[] {
  const text = (v: Value | undefined): string | undefined => (v?.kind === 'string' ? v.value : undefined);
  const appends = values.some(
    (v) => v.kind === 'other' && /\bflags?\s*:\s*['"]a|\bmode\s*:\s*['"]a|FILE_APPEND/.test(v.text),
  );
  let path: string | undefined;
  if (effect === 'write') path = appends ? undefined : text(values[0]);
  else if (effect === 'write-dest') path = text(values[1]);
  else if (language === 'perl') {
    // open(FH, '>', 'f') or open(FH, '>f'); '>>' appends, '<' reads.
    const mode = text(values[1]);
    const two = mode === undefined ? undefined : /^\s*\+?>(?!>)\s*(.+)$/.exec(mode);
    path = values.length >= 3 ? (/^\+?>$/.test(mode?.trim() ?? '') ? text(values[2]) : undefined) : two?.[1];
  } else {
    const keyword = values
      .map((v) => (v.kind === 'other' ? /^mode\s*=\s*(['"])(.*)\1$/.exec(v.text)?.[2] : undefined))
      .find((m) => m !== undefined);
    const mode = text(values[1]) ?? keyword ?? 'r';
    path = /w/.test(mode) ? text(values[0]) : undefined;
  }
  return path === undefined || path === '' ? [] : [{ kind: 'overwrite', call, path }];
}

const MAX_ARGUMENTS = 2048;

/** The top-level, comma-separated argument texts of a call starting at `from`. */
function readArguments(code: string, from: number, parenthesised: boolean): string[] {
  const args: string[] = [];
  let depth = 0;
  let current = '';
  // Arguments are read within a bounded window: a longer one is cut, so it does not read as a literal (opaque), and many calls stay linear.
  const limit = Math.min(code.length, from + MAX_ARGUMENTS);
  for (let i = from; i < limit; i++) {
    const ch = code[i] as string;
    if (ch === '"' || ch === "'" || ch === '`') {
      const end = skipString(code, i, limit);
      current += code.slice(i, end);
      i = end - 1;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) break;
      depth--;
    }
    if (depth === 0 && !parenthesised && (ch === ';' || ch === '\n')) break;
    if (depth === 0 && ch === ',') {
      args.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '') args.push(current.trim());
  return args;
}

export function skipString(code: string, start: number, limit = code.length): number {
  const quote = code[start] as string;
  const triple = code.startsWith(quote.repeat(3), start) && quote !== '`';
  const close = triple ? quote.repeat(3) : quote;
  for (let i = start + close.length; i < limit; i++) {
    if (code[i] === '\\') {
      i++;
      continue;
    }
    if (code.startsWith(close, i)) return i + close.length;
  }
  return limit;
}

/** A literal string or list of strings, or `other` (a variable, an f-string, a call…). */
export function readValue(text: string, language: Language): Value {
  const t = text.trim().replace(/^(?:shell\s*=\s*\w+|cmd\s*=\s*)/, '');
  if (t.startsWith('[') && t.endsWith(']')) {
    const items = splitTop(t.slice(1, -1)).map((x) => readValue(x, language));
    if (items.every((x): x is Extract<Value, { kind: 'string' }> => x.kind === 'string'))
      return { kind: 'list', values: items.map((x) => x.value) };
    return { kind: 'other', text: t };
  }
  const m = /^([rRbBuU]{0,2})("""|'''|"|'|`)([\s\S]*)\2$/.exec(t);
  if (!m) return { kind: 'other', text: t };
  const prefix = (m[1] ?? '').toLowerCase();
  const quote = m[2] as string;
  const body = m[3] as string;
  if (skipString(t, (m[1] ?? '').length) !== t.length) return { kind: 'other', text: t };
  if (quote === '`' && body.includes('${')) return { kind: 'other', text: t };
  if (quote !== "'" && quote !== "'''" && hasInterpolation(body, language)) return { kind: 'other', text: t };
  return { kind: 'string', value: prefix.includes('r') ? body : unescape(body) };
}

function hasInterpolation(body: string, language: Language): boolean {
  if (language === 'ruby') return body.includes('#{');
  if (language === 'perl' || language === 'php') return /[$@][\w{]/.test(body);
  return false;
}

function splitTop(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"' || ch === "'") {
      const end = skipString(text, i);
      current += text.slice(i, end);
      i = end - 1;
      continue;
    }
    if (ch === '[' || ch === '(') depth++;
    if (ch === ']' || ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '') out.push(current);
  return out;
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '`': '`',
};

function unescape(body: string): string {
  // \x72, \u0072, \162: an escaped letter is still that letter (os.system("\x72m -rf /")).
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{1,6}\}|[0-7]{1,3}|.)/g, (_, c: string) => {
    if (/^[xu]/.test(c) && c.length > 1) return String.fromCodePoint(parseInt(c.slice(1).replace(/[{}]/g, ''), 16));
    if (/^[0-7]+$/.test(c) && c !== '0') return String.fromCodePoint(parseInt(c, 8));
    return ESCAPES[c] ?? `\\${c}`;
  });
}
