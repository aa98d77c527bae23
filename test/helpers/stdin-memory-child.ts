// Child of test/hardening/stdin-memory.test.ts: judges one large standard input for one tool, in a
// process whose V8 heap is capped by the parent; it must finish (exit 0) within that cap.
import { indexPacks } from '../../src/core/classify.js';
import { judgeInput } from '../../src/core/judgement/judge.js';
import { exampleContext } from '../../src/core/example-context.js';
import { builtinPacks } from '../../rules/index.js';

const [name, mib] = process.argv.slice(2);
const CASES: Record<string, { argv: string[]; line: (i: number) => string; file?: string }> = {
  'redis-cli': { argv: ['redis-cli', '-h', 'cache.internal'], line: (i) => `SET key:${i} value-${i}\n` },
  mongosh: { argv: ['mongosh', 'mongodb://db.internal/shop'], line: (i) => `db.users.find({ id: ${i} })\n` },
  mysql: { argv: ['mysql', '-h', 'db.internal', 'shop'], line: (i) => `UPDATE t SET a = 1 WHERE id = ${i};\n` },
  sqlite3: { argv: ['sqlite3', 'data/prod.db'], line: (i) => `UPDATE t SET a = 1 WHERE id = ${i};\n` },
  psql: { argv: ['psql', '-h', 'db.internal', 'app'], line: (i) => `UPDATE t SET a = 1 WHERE id = ${i};\n` },
  // Not stdin: a script file that `bash FILE` runs and guard follows, piece by piece.
  'bash FILE': {
    argv: ['bash', 'long.sh'],
    line: (i) => `echo step ${i} && ls -l dir${i} | grep x${i}\n`,
    file: '/home/user/project/long.sh',
  },
};
// `node --test dist/test/` also loads every helper as a test file: without a case there is nothing to do.
if (name === undefined) process.exit(0);
const c = CASES[name];
if (!c) throw new Error(`unknown case ${name}`);
// Built a thousand lines at a time, so that the input itself is one flat string and no pieces stay behind.
const chunks: string[] = [];
let size = 0;
for (let i = 0; size < Number(mib) * 1024 * 1024;) {
  const lines: string[] = [];
  for (const end = i + 1000; i < end; i++) lines.push(c.line(i));
  chunks.push(lines.join(''));
  size += (chunks.at(-1) as string).length;
}
const stdin = chunks.join('');
chunks.length = 0;
// psql: the first pass of a real check, before the parser is loaded (every UPDATE asks for it).
const sqlParser = () => ({ ok: false as const, message: "PostgreSQL's parser is not loaded" });
// Judged as every mode judges an argv (unwrapping, script following), stdin captured as a shim captures it.
const ctx = { ...exampleContext(c.file ? { argv: c.argv, files: { [c.file]: stdin } } : { argv: c.argv }), sqlParser };
const input = {
  kind: 'argv' as const,
  argv: c.argv,
  stdin: c.file ? { kind: 'terminal' as const } : { kind: 'captured' as const, text: stdin, truncated: false },
};
const { decision } = judgeInput(input, ctx, { index: indexPacks(builtinPacks), allowances: [] });
process.stdout.write(`${decision.decision} ${decision.findings.length}\n`);
