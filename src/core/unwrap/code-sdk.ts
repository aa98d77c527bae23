// Data deletes through libraries, inside interpreter code: cloud SDKs (boto3, google-cloud, azure),
// ORMs (ActiveRecord, Django, SQLAlchemy, Laravel), MongoDB drivers, SQL in execute(), and raw
// sockets. Each is named by the call and, when it is a literal, the resource it deletes.
import type { Language } from './interpreter-code.js';
import { maskStrings, stringLiterals, type Literal } from './code-literals.js';

export type SdkEffect =
  | { kind: 'delete'; call: string; resource: string }
  | { kind: 'sql'; sql: string; url?: string }
  | { kind: 'socket'; text: string };

interface SdkPattern {
  /** The library must be named in the code for the pattern to count (boto3 …), when given. */
  context?: RegExp;
  call: RegExp;
}

const PATTERNS: SdkPattern[] = [
  // boto3 / botocore: client.delete_bucket(…), s3.Bucket("b").objects.all().delete(), bucket.delete()
  {
    context: /\bboto3\b|\bbotocore\b/,
    call: /\.(delete_\w+|terminate_instances)\s*\(|\.(?:objects|object_versions)\.(?:all\(\)\.|filter\([^)]{0,200}\)\.)?delete\s*\(|\bBucket\([^)]{0,200}\)\.delete\s*\(/g,
  },
  // AWS SDK for JavaScript: new DeleteBucketCommand(…), s3.deleteBucket(…)
  {
    context: /@aws-sdk|aws-sdk/,
    call: /\bnew\s+(Delete\w+Command)\s*\(|\.(delete(?:Bucket|Objects|DBInstance|DBCluster|Table|Stack|Function))\s*\(/g,
  },
  { context: /google[.-]cloud|@google-cloud/, call: /\.(delete(?:_blobs|_bucket|_table|_dataset|_instance)?)\s*\(/g },
  { context: /\bazure\b|@azure\//, call: /\.((?:begin_)?delete\w*|deleteIfExists)\s*\(/g },
  // ORMs: ActiveRecord, Django, SQLAlchemy/Flask, Laravel/Eloquent, Sequelize/Knex
  { call: /\b[A-Z]\w*(?:\.(?:where|all|unscoped|joins)\b(?:\([^)]{0,200}\))?)*\.(delete_all|destroy_all)\b/g },
  { call: /\.objects\.(?:all\(\)|filter\([^)]{0,200}\)|exclude\([^)]{0,200}\))?\.?(delete)\s*\(/g },
  {
    call: /\.(drop_all|drop_database|drop_collection|dropDatabase|dropCollection|drop_table|dropTable|truncate)\s*\(/g,
  },
  {
    call: /(?:->|::)(truncate|forceDelete)\s*\(|\bSchema::(drop(?:IfExists)?)\s*\(|::query\(\)->(delete)\s*\(|\bDB::table\([^)]{0,200}\)->(delete)\s*\(/g,
  },
  // Redis clients: r.flushall(), client.flushDb()
  { call: /\.(flushall|flushdb|flushAll|flushDb)\s*\(/g },
  // MongoDB: collection.drop(), delete_many({}) / deleteMany({}) with an empty filter
  { call: /\.(drop)\s*\(\s*\)|\.(delete_many|deleteMany|remove)\s*\(\s*\{\s*\}\s*\)/g },
];

const SQL_CALL =
  /\.(?:execute|executescript|exec|query|raw|exec_query|exec_driver_sql|unprepared|statement)\s*\(\s*|\btext\(\s*|\bDB::(?:statement|unprepared)\(\s*/g;
const SQL_WRITE = /\b(?:drop|truncate|delete|alter|update)\b/i;
const SOCKET =
  /\bsocket\.(?:create_connection|socket)\s*\(|\bnet\.(?:connect|createConnection)\s*\(|\bnew\s+net\.Socket\b|\bTCPSocket\.(?:new|open)\b|\bIO::Socket::INET\b|\b(?:fsockopen|stream_socket_client)\s*\(/g;

export function sdkEffects(
  code: string,
  language: Language,
  literals: readonly Literal[] = stringLiterals(code, language),
): SdkEffect[] {
  const effects: SdkEffect[] = [];
  const masked = maskStrings(code, language);
  for (const pattern of PATTERNS) {
    if (pattern.context && !pattern.context.test(code)) continue;
    for (const m of masked.matchAll(pattern.call)) {
      const call = m.slice(1).find((g) => g !== undefined) ?? m[0];
      effects.push({ kind: 'delete', call, resource: resourceNear(code, m.index ?? 0, m[0].length, literals) });
    }
  }
  const url = literals.find((l) => /^postgres(?:ql)?:\/\//.test(l.value))?.value;
  for (const m of masked.matchAll(SQL_CALL)) {
    const at = (m.index ?? 0) + m[0].length;
    const first = literals[firstAtOrAfter(literals, at)];
    const sql = first?.start === at ? first.value : undefined;
    if (sql !== undefined && SQL_WRITE.test(sql)) effects.push({ kind: 'sql', sql, ...(url ? { url } : {}) });
  }
  for (const m of masked.matchAll(SOCKET)) effects.push({ kind: 'socket', text: m[0].replace(/[\s(]+$/, '') });
  return effects;
}

/** What a delete call names: a literal inside it, else the nearest literal or model name before it in the statement. */
function resourceNear(code: string, start: number, length: number, literals: readonly Literal[]): string {
  // Statements are looked at within a bounded window, so many calls in one long line stay linear.
  const window = Math.max(0, start - 200);
  const recent = code.slice(window, start);
  const from = window + Math.max(recent.lastIndexOf(';'), recent.lastIndexOf('\n')) + 1;
  const to = Math.min(nextStatement(code, start + length), start + length + 200);
  let k = firstAtOrAfter(literals, from);
  let before: Literal | undefined;
  for (; k < literals.length && (literals[k] as Literal).start < start; k++) {
    const l = literals[k] as Literal;
    if (l.end <= start && !/^(?:https?|postgres(?:ql)?|mongodb(?:\+srv)?):/.test(l.value)) before = l;
  }
  const inside = literals[k] !== undefined && (literals[k] as Literal).end <= to ? literals[k] : undefined;
  if (inside) return inside.value;
  const symbol = /\(\s*:(\w+)/.exec(code.slice(start, to))?.[1];
  if (symbol) return symbol;
  if (before) return before.value;
  const lead = code.slice(from, start);
  const model =
    [...lead.matchAll(/\b[A-Z]\w*/g)].pop()?.[0] ?? /\b[A-Z]\w*/.exec(code.slice(start, start + length))?.[0];
  if (model) return model;
  const call = code.slice(start, start + length).replace(/^\W+|[\s(]+$/g, '');
  const owner = /(\w+)\W*$/.exec(lead)?.[1];
  return owner ? `${owner}.${call}()` : `${call}()`;
}

/** Index of the first literal starting at or after `at` (literals are in order). */
function firstAtOrAfter(literals: readonly Literal[], at: number): number {
  let lo = 0;
  let hi = literals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((literals[mid] as Literal).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nextStatement(code: string, from: number): number {
  const end = /[;\n]/g;
  end.lastIndex = from;
  const m = end.exec(code);
  return m ? m.index : code.length;
}
