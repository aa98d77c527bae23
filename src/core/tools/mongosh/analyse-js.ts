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
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) i++;
    else if (src.startsWith('//', i)) i = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i);
    else if (src.startsWith('/*', i)) i = src.indexOf('*/', i + 2) === -1 ? src.length : src.indexOf('*/', i + 2) + 2;
    else if (c === '"' || c === "'" || c === '`') {
      let v = '';
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') i++;
        v += src[i++] ?? '';
      }
      i++;
      out.push({ type: 'str', v });
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z0-9_$]+/.exec(src.slice(i, i + 200)) as RegExpExecArray;
      out.push({ type: 'id', v: m[0] });
      i += m[0].length;
    } else {
      out.push({ type: 'p', v: c });
      i++;
    }
  }
  return out;
}

/** `defaultDb`: the database from the URI/positional; `use X` and getSiblingDB("X") change it. */
export function analyseMongoJs(src: string, defaultDb: string): MongoEffect[] {
  const t = tokenizeJs(src);
  const out: MongoEffect[] = [];
  let db = defaultDb;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i] as Tok;
    if (tok.type === 'id' && tok.v === 'use' && t[i + 1]?.type === 'id' && (i === 0 || t[i - 1]?.v === ';' || t[i - 1]?.v === '}')) db = t[i + 1]?.v as string;
    if (tok.type !== 'id' || t[i - 1]?.v !== '.' || t[i + 1]?.v !== '(') continue;
    const receiver = receiverOf(t, i - 1, db);
    if (tok.v === 'dropDatabase') out.push({ kind: 'drop-database', resource: receiver.db, detail: `${receiver.db}.dropDatabase()` });
    if ((tok.v === 'dropAllUsers' || tok.v === 'dropAllRoles') && receiver.collection === undefined) out.push({ kind: 'drop-database', resource: `${receiver.db}.${tok.v === 'dropAllUsers' ? 'users' : 'roles'}`, detail: `${tok.v}()` });
    if (tok.v === 'drop' && receiver.collection) out.push({ kind: 'drop-collection', resource: `${receiver.db}.${receiver.collection}`, detail: `${receiver.collection}.drop()` });
    if ((tok.v === 'deleteMany' || tok.v === 'remove') && receiver.collection && matchesEverything(t, i + 1)) out.push({ kind: 'delete-all', resource: `${receiver.db}.${receiver.collection}`, detail: `${receiver.collection}.${tok.v}({}) matches every document` });
  }
  return out;
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
    if (before?.v === ')' && t[k - 2]?.type === 'str' && t[k - 4]?.v === 'getSiblingDB') database = t[k - 2]?.v as string;
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
