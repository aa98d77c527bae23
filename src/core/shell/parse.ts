// Tokens → lists of pipelines of commands. Control structures (if/while/for/case/functions) are
// flattened: every command inside them is kept, as if it ran, which is the conservative reading.
import { isRedirectOp, tokenize, type Token } from './lexer.js';
import {
  literalText,
  ShellSyntaxError,
  type Command,
  type List,
  type Pipeline,
  type Redirect,
  type SimpleCommand,
  type Word,
} from './syntax.js';

const PREFIX_KEYWORDS = new Set(['if', 'then', 'elif', 'else', 'do', 'while', 'until', '!']);
const END_KEYWORDS = new Set(['fi', 'done', 'esac']);
const SEPARATORS = new Set([';', '&', '\n', '&&', '||']);

export function parseShell(src: string): List {
  const parser = new Parser(tokenize(src));
  const list = parser.list(new Set());
  if (!parser.atEnd()) throw new ShellSyntaxError(`unexpected ${parser.describe()}`);
  return list;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  atEnd(): boolean {
    return this.i >= this.tokens.length;
  }

  describe(): string {
    const t = this.tokens[this.i];
    return t === undefined ? 'end of line' : t.kind === 'op' ? `"${t.op === '\n' ? '\\n' : t.op}"` : `"${t.word.raw}"`;
  }

  /** Parses pipelines until a closing op in `until` (not consumed), a `}` word, or the end. */
  list(until: Set<string>): List {
    const pipelines: Pipeline[] = [];
    for (;;) {
      this.skipSeparators();
      const t = this.tokens[this.i];
      if (t === undefined) break;
      if (t.kind === 'op' && until.has(t.op)) break;
      if (t.kind === 'word' && until.has('}') && isWord(t, '}')) break;
      if (t.kind === 'op' && (t.op === ';;' || t.op === ';&' || t.op === ';;&')) break;
      if (t.kind === 'op' && t.op === ')' && !until.has(')')) throw new ShellSyntaxError('unexpected ")"');
      if (t.kind === 'word' && until.has('esac') && isWord(t, 'esac')) break;
      const pipeline = this.pipeline(until);
      if (pipeline.commands.length > 0) pipelines.push(pipeline);
    }
    return { pipelines };
  }

  private skipSeparators(): void {
    for (;;) {
      const t = this.tokens[this.i];
      if (t?.kind === 'op' && SEPARATORS.has(t.op)) this.i++;
      else if (
        t?.kind === 'word' &&
        t.word.parts.every((p) => p.kind === 'text' && !p.quoted) &&
        (PREFIX_KEYWORDS.has(t.word.raw) || END_KEYWORDS.has(t.word.raw))
      )
        this.i++;
      else return;
    }
  }

  private pipeline(until: Set<string>): Pipeline {
    const commands: Command[] = [];
    for (;;) {
      const command = this.command(until);
      if (command) commands.push(command);
      const t = this.tokens[this.i];
      if (t?.kind === 'op' && (t.op === '|' || t.op === '|&')) {
        this.i++;
        while (this.tokens[this.i]?.kind === 'op' && (this.tokens[this.i] as { op: string }).op === '\n') this.i++;
        continue;
      }
      return { commands };
    }
  }

  private command(until: Set<string>): Command | undefined {
    this.skipKeywords();
    const t = this.tokens[this.i];
    if (t === undefined) return undefined;
    if (t.kind === 'op' && t.op === '((') {
      this.i++;
      return { kind: 'subshell', body: arithmeticAsCommands(t.text ?? ''), redirects: this.redirects() };
    }
    if (t.kind === 'op' && t.op === '(') {
      this.i++;
      const body = this.list(new Set([')']));
      this.expectOp(')');
      return { kind: 'subshell', body, redirects: this.redirects() };
    }
    if (t.kind === 'word' && isKeyword(t, '{')) {
      this.i++;
      const body = this.list(new Set(['}', ...until]));
      const close = this.tokens[this.i];
      if (close?.kind === 'word' && isWord(close, '}')) this.i++;
      else throw new ShellSyntaxError('missing "}"');
      return { kind: 'group', body, redirects: this.redirects() };
    }
    // `time` before a compound command is a keyword (before a simple one it is also the time wrapper).
    if (t.kind === 'word' && isKeyword(t, 'time') && startsCompound(this.tokens[this.i + 1])) {
      this.i++;
      return this.command(until);
    }
    if (t.kind === 'word' && isKeyword(t, 'case')) return this.caseCommand();
    if (t.kind === 'word' && (isKeyword(t, 'for') || isKeyword(t, 'select'))) {
      const loop = this.forLoop();
      if (loop) return loop;
      this.skipForHeader();
      return undefined;
    }
    if (t.kind === 'word' && isKeyword(t, 'function')) {
      const name = this.tokens[this.i + 1];
      this.i += 2;
      if (this.peekOp('(') && this.peekOp(')', 1)) this.i += 2;
      return this.functionBody(name?.kind === 'word' ? name.word.raw : '', until);
    }
    return this.simple(until);
  }

  private functionBody(name: string, until: Set<string>): Command | undefined {
    while (this.peekOp('\n')) this.i++;
    const body = this.command(until);
    if (body === undefined) return undefined;
    return { kind: 'function', name, body, redirects: [] };
  }

  private simple(until: Set<string>): Command | undefined {
    const cmd: SimpleCommand = { kind: 'simple', assignments: [], words: [], redirects: [] };
    let testDepth = 0;
    for (;;) {
      const t = this.tokens[this.i];
      if (t === undefined) break;
      if (t.kind === 'word') {
        if (testDepth === 0 && cmd.words.length === 0 && isAssignment(t.word)) cmd.assignments.push(t.word);
        else {
          if (cmd.words.length === 0 && isKeyword(t, '[[')) testDepth = 1;
          else if (testDepth > 0 && isWord(t, ']]')) testDepth = 0;
          if (
            cmd.words.length === 0 &&
            cmd.assignments.length === 0 &&
            t.word.parts.every((p) => p.kind === 'text' && !p.quoted) &&
            END_KEYWORDS.has(t.word.raw)
          ) {
            this.i++;
            continue;
          }
          cmd.words.push(t.word);
        }
        this.i++;
        continue;
      }
      if (testDepth > 0 && t.op !== '\n') {
        cmd.words.push({ parts: [{ kind: 'text', text: t.op, quoted: true }], raw: t.op });
        this.i++;
        continue;
      }
      if (isRedirectOp(t.op)) {
        cmd.redirects.push(this.redirect());
        continue;
      }
      // name() { …; }: a function definition; its body is analysed where the function is called.
      if (t.op === '(' && cmd.words.length === 1 && cmd.assignments.length === 0 && this.peekOp(')', 1)) {
        this.i += 2;
        return this.functionBody((cmd.words[0] as Word).raw, until);
      }
      break;
    }
    return cmd.words.length + cmd.assignments.length + cmd.redirects.length === 0 ? undefined : cmd;
  }

  private redirect(): Redirect {
    const t = this.tokens[this.i] as Extract<Token, { kind: 'op' }>;
    this.i++;
    const target = this.tokens[this.i];
    if (target?.kind !== 'word') throw new ShellSyntaxError(`missing target after "${t.op}"`);
    this.i++;
    const redirect: Redirect = { op: t.op, target: target.word };
    if (t.heredoc) redirect.heredoc = t.heredoc;
    if (t.fd !== undefined) redirect.fd = t.fd;
    return redirect;
  }

  private redirects(): Redirect[] {
    const out: Redirect[] = [];
    while (this.tokens[this.i]?.kind === 'op' && isRedirectOp((this.tokens[this.i] as { op: string }).op))
      out.push(this.redirect());
    return out;
  }

  /** case WORD in PATTERN) LIST ;; … esac → the lists, as one group. */
  private caseCommand(): Command {
    this.i += 2; // case WORD
    while (this.peekOp('\n')) this.i++;
    if (this.tokens[this.i]?.kind === 'word' && isKeyword(this.tokens[this.i] as Token, 'in')) this.i++;
    const pipelines: Pipeline[] = [];
    for (;;) {
      while (this.peekOp('\n') || this.peekOp(';;')) this.i++;
      const t = this.tokens[this.i];
      if (t === undefined) throw new ShellSyntaxError('missing "esac"');
      if (t.kind === 'word' && isKeyword(t, 'esac')) {
        this.i++;
        break;
      }
      while (this.tokens[this.i] !== undefined && !this.peekOp(')')) this.i++;
      this.i++;
      const body = this.list(new Set(['esac']));
      pipelines.push(...body.pipelines);
      if (this.peekOp(';;') || this.peekOp(';&') || this.peekOp(';;&')) this.i++;
    }
    return { kind: 'group', body: { pipelines }, redirects: this.redirects() };
  }

  /**
   * for NAME [in WORD…] (; or newline) do LIST done: the loop with its own body, so the body can be
   * judged once per value. undefined for the arithmetic form `for ((…))`, which stays flattened.
   */
  private forLoop(): Command | undefined {
    const name = this.tokens[this.i + 1];
    if (name?.kind !== 'word' || !/^[A-Za-z_]\w*$/.test(name.word.raw)) return undefined;
    this.i += 2;
    while (this.peekOp('\n')) this.i++;
    let words: Word[] | undefined;
    const next = this.tokens[this.i];
    if (next?.kind === 'word' && isKeyword(next, 'in')) {
      this.i++;
      words = [];
      for (let t = this.tokens[this.i]; t?.kind === 'word'; t = this.tokens[++this.i]) words.push(t.word);
    }
    while (this.peekOp(';') || this.peekOp('\n')) this.i++;
    const open = this.tokens[this.i];
    const head = { kind: 'for' as const, name: name.word.raw, ...(words ? { words } : {}) };
    // bash also takes a brace group as the body: for f in a b; { …; }
    if (open?.kind === 'word' && isKeyword(open, '{')) {
      const group = this.command(new Set()) as Command;
      return { ...head, body: { pipelines: [{ commands: [group] }] }, redirects: [] };
    }
    if (open?.kind !== 'word' || !isKeyword(open, 'do'))
      throw new ShellSyntaxError(`expected "do", found ${this.describe()}`);
    this.i++;
    return { ...head, body: this.loopBody(), redirects: this.redirects() };
  }

  /**
   * The commands up to the `done` that closes this loop. A while/until loop inside keeps its own
   * do … done (its commands stay flattened into this body).
   */
  private loopBody(): List {
    const pipelines: Pipeline[] = [];
    let inner = 0;
    for (;;) {
      const t = this.tokens[this.i];
      if (t === undefined) throw new ShellSyntaxError('missing "done"');
      if (t.kind === 'op' && SEPARATORS.has(t.op)) {
        this.i++;
        continue;
      }
      if (t.kind === 'word' && isKeyword(t, 'done')) {
        this.i++;
        if (inner === 0) break;
        inner--;
        continue;
      }
      if (t.kind === 'word' && (isKeyword(t, 'while') || isKeyword(t, 'until'))) inner++;
      if (
        t.kind === 'word' &&
        (PREFIX_KEYWORDS.has(t.word.raw) || isKeyword(t, 'fi') || isKeyword(t, 'esac')) &&
        t.word.parts.every((p) => p.kind === 'text' && !p.quoted)
      ) {
        this.i++;
        continue;
      }
      if (t.kind === 'op' && (t.op === ')' || t.op === ';;' || t.op === ';&' || t.op === ';;&'))
        throw new ShellSyntaxError(`unexpected "${t.op}" inside a loop`);
      const pipeline = this.pipeline(new Set());
      if (pipeline.commands.length > 0) pipelines.push(pipeline);
    }
    return { pipelines };
  }

  private skipForHeader(): void {
    this.i++;
    while (this.tokens[this.i] !== undefined) {
      const t = this.tokens[this.i] as Token;
      if (t.kind === 'op' && (t.op === ';' || t.op === '\n')) return;
      if (t.kind === 'word' && isKeyword(t, 'do')) return;
      this.i++;
    }
  }

  private skipKeywords(): void {
    for (;;) {
      const t = this.tokens[this.i];
      if (
        t?.kind === 'word' &&
        t.word.parts.every((p) => p.kind === 'text' && !p.quoted) &&
        PREFIX_KEYWORDS.has(t.word.raw)
      )
        this.i++;
      else return;
    }
  }

  private peekOp(op: string, ahead = 0): boolean {
    const t = this.tokens[this.i + ahead];
    return t?.kind === 'op' && t.op === op;
  }

  private expectOp(op: string): void {
    if (!this.peekOp(op)) throw new ShellSyntaxError(`expected "${op}", found ${this.describe()}`);
    this.i++;
  }
}

const COMPOUND_WORDS = new Set(['case', 'if', 'while', 'until', 'for', 'select', '{', '[[', 'function', '!', 'time']);

function startsCompound(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return t.kind === 'op' ? t.op === '(' || t.op === '((' : COMPOUND_WORDS.has(t.word.raw);
}

function isWord(t: Token, text: string): boolean {
  return t.kind === 'word' && literalText(t.word) === text;
}

/** A reserved word: written unquoted. */
function isKeyword(t: Token, text: string): boolean {
  return t.kind === 'word' && t.word.raw === text;
}

function isAssignment(word: Word): boolean {
  const first = word.parts[0];
  return first?.kind === 'text' && !first.quoted && /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(first.text);
}

/**
 * bash runs `((…))` and `$((…))` as nested subshells when the text is not arithmetic; reading the
 * inside as commands too (when it parses) keeps `$((rm -rf /))` visible. Real arithmetic yields
 * commands like `i++` that no rule matches.
 */
export function arithmeticAsCommands(text: string): List {
  try {
    return parseShell(`(${text})`);
  } catch (error) {
    if (error instanceof ShellSyntaxError) return { pipelines: [] };
    throw error;
  }
}
