// Finds destructive mongosh calls in JavaScript by tokens (strings and comments never match):
// db.dropDatabase(), db.C.drop(), db.getCollection("C").drop(), deleteMany({}), remove({}), dropAllUsers().

export interface MongoEffect {
  kind: 'drop-database' | 'drop-collection' | 'delete-all' | 'opaque';
  resource: string;
  detail: string;
}

interface Tok {
  type: 'id' | 'str' | 'p';
  v: string;
}

export function tokenizeJs(src: string): Tok[] {
  return [...jsTokens(src)];
}

/** Tokens one at a time, strings sliced from the source rather than built a character at a time. */
export function* jsTokens(src: string): Generator<Tok> {
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) i++;
    else if (src.startsWith('//', i)) i = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i);
    else if (src.startsWith('/*', i)) i = src.indexOf('*/', i + 2) === -1 ? src.length : src.indexOf('*/', i + 2) + 2;
    else if (c === '"' || c === "'" || c === '`') {
      const parts: string[] = [];
      let from = ++i;
      while (i < src.length && src[i] !== c) {
        // A backslash drops itself and keeps the next character as it is.
        if (src[i] === '\\') {
          parts.push(src.slice(from, i));
          from = ++i;
        }
        i++;
      }
      parts.push(src.slice(from, Math.min(i, src.length)));
      i++;
      yield { type: 'str', v: parts.join('') };
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z0-9_$]+/.exec(src.slice(i, i + 200)) as RegExpExecArray;
      yield { type: 'id', v: m[0] };
      i += m[0].length;
    } else {
      yield { type: 'p', v: c };
      i++;
    }
  }
}

/** Lookbehind and lookahead the analysis needs around a token; older tokens are dropped past a chunk. */
const BEHIND = 32;
const AHEAD = 8;
const CHUNK = 4096;

export interface MongoScan {
  effects: MongoEffect[];
  /** Files pulled in with load("file.js"), in order. */
  loads: string[];
}

/** `defaultDb`: the database from the URI/positional; `use X` and getSiblingDB("X") change it. */
export function analyseMongoJs(src: string, defaultDb: string): MongoEffect[] {
  return scanMongoJs(src, defaultDb).effects;
}

/** One pass over the tokens, holding only a window of them: the effects and the load() calls. */
export function scanMongoJs(src: string, defaultDb: string): MongoScan {
  const tokens = jsTokens(src);
  let t: Tok[] = [];
  let ended = false;
  let dropped = 0; // tokens dropped before t[0]
  const out: MongoEffect[] = [];
  const loads: string[] = [];
  let db = defaultDb;
  for (let i = 0; ; i++) {
    while (!ended && t.length <= i + AHEAD) {
      const next = tokens.next();
      if (next.done) ended = true;
      else t.push(next.value);
    }
    if (i >= t.length) break;
    if (i > CHUNK) {
      t = t.slice(i - BEHIND);
      dropped += i - BEHIND;
      i = BEHIND;
    }
    const tok = t[i] as Tok;
    if (tok.type === 'id' && tok.v === 'load' && t[i + 1]?.v === '(' && t[i + 2]?.type === 'str')
      loads.push(t[i + 2]?.v as string);
    if (
      tok.type === 'id' &&
      tok.v === 'use' &&
      t[i + 1]?.type === 'id' &&
      (i + dropped === 0 || t[i - 1]?.v === ';' || t[i - 1]?.v === '}')
    )
      db = t[i + 1]?.v as string;
    if (tok.type !== 'id' || t[i - 1]?.v !== '.' || t[i + 1]?.v !== '(') continue;
    const receiver = receiverOf(t, i - 1, db);
    if (tok.v === 'dropDatabase')
      out.push({ kind: 'drop-database', resource: receiver.db, detail: `${receiver.db}.dropDatabase()` });
    if ((tok.v === 'dropAllUsers' || tok.v === 'dropAllRoles') && receiver.collection === undefined)
      out.push({
        kind: 'drop-database',
        resource: `${receiver.db}.${tok.v === 'dropAllUsers' ? 'users' : 'roles'}`,
        detail: `${tok.v}()`,
      });
    if (tok.v === 'drop' && receiver.collection)
      out.push({
        kind: 'drop-collection',
        resource: `${receiver.db}.${receiver.collection}`,
        detail: `${receiver.collection}.drop()`,
      });
    if ((tok.v === 'deleteMany' || tok.v === 'remove') && receiver.collection && matchesEverything(t, i + 1))
      out.push({
        kind: 'delete-all',
        resource: `${receiver.db}.${receiver.collection}`,
        detail: `${receiver.collection}.${tok.v}({}) matches every document`,
      });
  }
  return { effects: out, loads };
}

/** Walks back from the `.` before a method: `db.C`, `db.getCollection("C")`, `db["C"]`, `db.getSiblingDB("x")`. */
function receiverOf(t: Tok[], dot: number, db: string): { db: string; collection?: string } {
  let k = dot - 1;
  let collection: string | undefined;
  let database = db;
  const tok = t[k];
  if (tok?.v === ')' && t[k - 1]?.type === 'str' && t[k - 2]?.v === '(') {
    const fn = t[k - 3]?.v;
    if (fn === 'getCollection') collection = t[k - 1]?.v;
    if (fn === 'getSiblingDB') return { db: t[k - 1]?.v as string };
    k -= 4;
  } else if (tok?.v === ']' && t[k - 1]?.type === 'str' && t[k - 2]?.v === '[') {
    collection = t[k - 1]?.v;
    k -= 3;
  } else if (tok?.type === 'id' && tok.v !== 'db') {
    collection = tok.v;
    k -= 1;
  } else if (tok?.v === 'db') return { db: database };
  if (t[k]?.v === '.') {
    const before = t[k - 1];
    if (before?.v === ')' && t[k - 2]?.type === 'str' && t[k - 4]?.v === 'getSiblingDB')
      database = t[k - 2]?.v as string;
    else if (before?.type === 'id' && before.v !== 'db' && t[k - 2]?.v === '.') {
      // db.getMongo()… or db.a.b: keep the collection path readable
      collection = `${before.v}.${collection}`;
    }
  }
  return collection === undefined ? { db: database } : { db: database, collection };
}

/** `()`, `({})`, `({ })`: a filter that matches every document. */
function matchesEverything(t: Tok[], open: number): boolean {
  if (t[open + 1]?.v === ')') return true;
  return t[open + 1]?.v === '{' && t[open + 2]?.v === '}' && (t[open + 3]?.v === ')' || t[open + 3]?.v === ',');
}
