// `npm run bench:growth`: how guard's cost grows with each input channel, whole process, children in a
// clean environment. Every channel is run at four sizes; CPU (user + sys) and peak RSS come from GNU
// time; the exponent is that of the work above the smallest size, between the two largest sizes, so 1.0
// is linear. `node -e 0` is measured in the same run as the baseline. Sizes scale with GROWTH_SCALE (1 =
// the full sweep, 0.25 = a quick look). Memory per input byte: (peak RSS at the largest size - peak RSS of
// the same command on an empty input) / input bytes. Target: every exponent <= 1.1; memory <= 5x the
// input for streaming shapes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync,
  statSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson, GENESIS } from '../dist/src/core/audit/record.js';
import { createPolicyDir } from '../dist/test/helpers/system-policy-dir.js';

const SCALE = Number(process.env.GROWTH_SCALE ?? 1);
const ONLY = process.env.GROWTH_ONLY ? new RegExp(process.env.GROWTH_ONLY) : undefined;
// GROWTH_GUARD: another build's bin/guard.js, to measure a "before" in the same run conditions.
const guard = process.env.GROWTH_GUARD ?? new URL('../bin/guard.js', import.meta.url).pathname;
const LIMIT_S = Number(process.env.GROWTH_LIMIT_S ?? 120);
const root = realpathSync(mkdtempSync(join(tmpdir(), 'guard-growth-')));
const home = join(root, 'home');
mkdirSync(home);
// guard keeps its state under the account's home unless a root-owned system policy says to honour
// XDG_STATE_HOME (the test harness's seam): the bench's state stays in its temp dir (older builds ignore it).
const policyDir = createPolicyDir({ locationsFromEnvironment: true });
const env = {
  PATH: '/usr/bin:/bin',
  HOME: home,
  LANG: 'C.UTF-8',
  XDG_STATE_HOME: join(root, 'state'),
  GUARD_SYSTEM_DIR: policyDir,
};

/** Runs argv under GNU time: CPU seconds (user + sys) and peak RSS in MiB; stdin from a file when given. */
function measure(argv, { stdin, cwd = root } = {}) {
  const fd = stdin ? openSync(stdin, 'r') : 'ignore';
  // A run past GROWTH_LIMIT_S is killed: an exponential channel shows as the limit, not as a hang.
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', 'timeout', '-s', 'KILL', String(LIMIT_S), ...argv], {
    env,
    cwd,
    stdio: [fd, 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (typeof fd === 'number') closeSync(fd);
  if (result.error) throw new Error(`${argv.join(' ').slice(0, 80)}: ${result.error.message}`);
  const last = result.stderr.trim().split('\n').pop() ?? '';
  const [user, sys, kb] = last.split(' ').map(Number);
  if (!Number.isFinite(user))
    throw new Error(`${argv.join(' ').slice(0, 80)}: no timing (${result.stderr.slice(-300)})`);
  return { cpu: user + sys, mib: kb / 1024, status: result.status };
}

function best(argv, options, tries = 2) {
  let out;
  for (let i = 0; i < tries; i++) {
    const m = measure(argv, options);
    if (!out || m.cpu < out.cpu) out = { ...m, mib: Math.max(m.mib, out?.mib ?? 0) };
  }
  return out;
}

const file = (name, text) => {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
};
const repeatLines = (n, line) => {
  let text = '';
  for (let i = 0; i < n; i++) text += line(i);
  return text;
};
const check = (...args) => ['node', guard, 'check', '--', ...args];
const hookPayload = (command) =>
  file(
    'payload.json',
    JSON.stringify({
      session_id: 'g',
      cwd: root,
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      tool_input: { command },
    }),
  );

const baseline = best(['node', '-e', '0'], {}, 5);
const channels = [
  {
    name: 'argv: operand count (rm -f)',
    sizes: [12500, 25000, 50000, 100000],
    run: (n) => ({ argv: check('rm', '-f', ...Array.from({ length: n }, (_, i) => `f${i}.o`)), bytes: n * 8 }),
  },
  {
    name: 'argv: one long argument (rm -f)',
    sizes: [16000, 32000, 64000, 128000],
    run: (n) => ({ argv: check('rm', '-f', 'x'.repeat(Math.max(0, n - 1))), bytes: n }),
  },
  {
    name: 'psql stdin: statements, one per line',
    sizes: [25000, 50000, 100000, 200000],
    run: (n) => ({
      argv: check('psql', '-h', 'db.internal', 'app'),
      stdin: file(
        'p1.sql',
        repeatLines(n, (i) => `UPDATE t SET a = 1 WHERE id = ${i};\n`),
      ),
    }),
  },
  {
    name: 'psql stdin: statements on one line',
    sizes: [12500, 25000, 50000, 100000],
    run: (n) => ({
      argv: check('psql', '-h', 'db.internal', 'app'),
      stdin: file(
        'p2.sql',
        repeatLines(n, (i) => `UPDATE t SET a = 1 WHERE id = ${i};`),
      ),
    }),
  },
  {
    name: 'psql stdin: \\x meta-command lines',
    sizes: [10000, 20000, 40000, 80000],
    run: (n) => ({
      argv: check('psql', '-h', 'db.internal', 'app'),
      stdin: file(
        'p3.sql',
        repeatLines(n, (i) => `\\x ${i}\n`),
      ),
    }),
  },
  {
    name: 'psql stdin: \\echo + SELECT lines',
    sizes: [10000, 20000, 40000, 80000],
    run: (n) => ({
      argv: check('psql', '-h', 'db.internal', 'app'),
      stdin: file(
        'p4.sql',
        repeatLines(n, (i) => `\\echo ${i}\nSELECT ${i};\n`),
      ),
    }),
  },
  {
    name: 'psql stdin: \\set lines',
    sizes: [10000, 20000, 40000, 80000],
    run: (n) => ({
      argv: check('psql', '-h', 'db.internal', 'app'),
      stdin: file(
        'p5.sql',
        repeatLines(n, (i) => `\\set v${i % 100} ${i}\n`),
      ),
    }),
  },
  {
    name: 'mysql stdin: statements on one line',
    sizes: [12500, 25000, 50000, 100000],
    run: (n) => ({
      argv: check('mysql', '-h', 'db.internal', 'shop'),
      stdin: file(
        'm1.sql',
        repeatLines(n, (i) => `UPDATE t SET a = 1 WHERE id = ${i};`),
      ),
    }),
  },
  {
    name: 'mysql stdin: one INSERT of n tuples',
    sizes: [25000, 50000, 100000, 200000],
    run: (n) => ({
      argv: check('mysql', '-h', 'db.internal', 'shop'),
      stdin: file('m2.sql', `INSERT INTO t VALUES ${repeatLines(n, (i) => `${i ? ',' : ''}(${i},'name ${i}')`)};\n`),
    }),
  },
  {
    name: 'psql stdin: one INSERT of n tuples',
    sizes: [25000, 50000, 100000, 200000],
    run: (n) => ({
      argv: check('psql', '-h', 'db.internal', 'app'),
      stdin: file('p6.sql', `INSERT INTO t VALUES ${repeatLines(n, (i) => `${i ? ',' : ''}(${i},'name ${i}')`)};\n`),
    }),
  },
  {
    name: 'mysql stdin: statements, one per line',
    sizes: [25000, 50000, 100000, 200000],
    run: (n) => ({
      argv: check('mysql', '-h', 'db.internal', 'shop'),
      stdin: file(
        'm3.sql',
        repeatLines(n, (i) => `UPDATE t SET a = 1 WHERE id = ${i};\n`),
      ),
    }),
  },
  {
    name: 'sqlite3 stdin (catalogue): statements, one per line',
    sizes: [25000, 50000, 100000, 200000],
    run: (n) => ({
      argv: check('sqlite3', 'data/prod.db'),
      stdin: file(
        's1.sql',
        repeatLines(n, (i) => `UPDATE t SET a = 1 WHERE id = ${i};\n`),
      ),
    }),
  },
  {
    name: 'redis-cli stdin: command lines',
    sizes: [25000, 50000, 100000, 200000],
    run: (n) => ({
      argv: check('redis-cli', '-h', 'cache.internal'),
      stdin: file(
        'r.txt',
        repeatLines(n, (i) => `SET k${i} v${i}\n`),
      ),
    }),
  },
  {
    name: 'mongosh stdin: statements',
    sizes: [12500, 25000, 50000, 100000],
    run: (n) => ({
      argv: check('mongosh', 'mongodb://db.internal/shop'),
      stdin: file(
        'g.js',
        repeatLines(n, (i) => `db.users.find({ id: ${i} })\n`),
      ),
    }),
  },
  {
    name: 'psql: \\i of n distinct files',
    stream: false,
    sizes: [250, 500, 1000, 2000],
    run: (n) => {
      const dir = join(root, `inc${n}`);
      mkdirSync(dir, { recursive: true });
      for (let i = 0; i < n; i++) writeFileSync(join(dir, `f${i}.sql`), `UPDATE t SET a = 1 WHERE id = ${i};\n`);
      return {
        argv: check(
          'psql',
          '-h',
          'db.internal',
          '-f',
          file(
            `inc${n}/main.sql`,
            repeatLines(n, (i) => `\\i f${i}.sql\n`),
          ),
        ),
        cwd: dir,
      };
    },
  },
  ...['psql', 'mysql', 'mongosh'].map((tool) => ({
    name: `${tool}: a file that includes itself n times (fan-out)`,
    stream: false,
    sizes: [2, 3, 4, 6],
    fixed: true, // a count of includes, not an input size: not scaled
    run: (n) => {
      const dir = join(root, `fan-${tool}-${n}`);
      mkdirSync(dir, { recursive: true });
      const line = { psql: '\\i inc.sql\n', mysql: 'source inc.sql\n', mongosh: 'load("inc.js")\n' }[tool];
      const path = file(
        `fan-${tool}-${n}/inc.${tool === 'mongosh' ? 'js' : 'sql'}`,
        `${line.repeat(n)}${tool === 'mongosh' ? 'db.t.find()\n' : 'SELECT 1;\n'}`,
      );
      const argv = {
        psql: check('psql', '-h', 'db.internal', '-f', path),
        mysql: check('mysql', '-h', 'db.internal', 'shop', '-e', `source ${path}`),
        mongosh: check('mongosh', 'mongodb://db.internal/shop', path),
      }[tool];
      return { argv, cwd: dir, bytes: statSync(path).size };
    },
  })),
  {
    name: 'GraphQL body: n mutation fields in curl -d',
    // One argument is at most 128 KiB (MAX_ARG_STRLEN): 2,400 fields are ~100 KiB.
    sizes: [300, 600, 1200, 2400],
    run: (n) => {
      const body = JSON.stringify({
        query: `query { ${repeatLines(n, (i) => `a${i}: project(id: "p${i}") { name } `)}}`,
      });
      return {
        argv: check('curl', '-X', 'POST', 'https://backboard.railway.app/graphql/v2', '-d', body),
        bytes: body.length,
      };
    },
  },
  {
    name: 'GraphQL fragments spread twice per level, in a hook payload (depth)',
    stream: false,
    sizes: [25, 50, 100, 200],
    run: (n) => {
      let fragments = '';
      for (let i = 0; i < n; i++) fragments += `fragment F${i} on Mutation { ...F${i + 1} ...F${i + 1} }\n`;
      fragments += `fragment F${n} on Mutation { volumeDelete(volumeId: "v1") }\n`;
      const body = JSON.stringify({ query: `mutation { ...F0 }\n${fragments}` });
      return {
        argv: ['node', guard, 'hook', 'claude-code'],
        stdin: hookPayload(
          `curl -X POST https://backboard.railway.app/graphql/v2 -H 'Authorization: Bearer x' -d '${body}'`,
        ),
      };
    },
  },
  {
    name: 'shell line: n commands joined by &&',
    sizes: [12500, 25000, 50000, 100000],
    run: (n) => ({
      argv: ['node', guard, 'check', '--shell', '--stdin'],
      stdin: file('l1.sh', `${Array.from({ length: n }, (_, i) => `echo ${i}`).join(' && ')}\n`),
    }),
  },
  {
    name: 'batch: n different lines through check --shell --stdin',
    sizes: [50000, 100000, 200000, 400000],
    run: (n) => ({
      argv: ['node', guard, 'check', '--shell', '--stdin'],
      stdin: file(
        'b1.sh',
        repeatLines(n, (i) => `git status --short dir${i} && ls -la d${i}\n`),
      ),
    }),
  },
  {
    name: 'shell line: $( ) nested n deep',
    stream: false,
    sizes: [50, 100, 200, 400],
    run: (n) => ({
      argv: ['node', guard, 'check', '--shell', '--stdin'],
      stdin: file('l2.sh', `${'echo $('.repeat(n)}ls${')'.repeat(n)}\n`),
    }),
  },
  {
    name: 'shell line: heredoc of n lines',
    sizes: [125000, 250000, 500000, 1000000],
    run: (n) => ({
      argv: ['node', guard, 'check', '--shell', '--stdin', '-z'],
      stdin: file('l3.sh', `cat > out.txt <<'EOF'\n${repeatLines(n, (i) => `line ${i}\n`)}EOF\n\0`),
    }),
  },
  {
    name: 'script following: bash FILE of n lines',
    sizes: [5000, 10000, 20000, 40000],
    run: (n) => ({
      argv: check(
        'bash',
        file(
          `long${n}.sh`,
          repeatLines(n, (i) => `echo step ${i} && cp a${i} b${i}\n`),
        ),
      ),
      bytes: statSync(join(root, `long${n}.sh`)).size,
    }),
  },
  {
    name: 'script following: make with a Makefile of n targets',
    sizes: [1000, 2000, 4000, 8000],
    run: (n) => {
      const dir = join(root, `make${n}`);
      mkdirSync(dir, { recursive: true });
      const path = file(
        `make${n}/Makefile`,
        `all: t0\n\techo all\n${repeatLines(n, (i) => `t${i}:\n\techo target ${i}\n\tcp a${i} b${i}\n`)}`,
      );
      return { argv: check('make'), cwd: dir, bytes: statSync(path).size };
    },
  },
  {
    name: 'script following: npm run with n scripts in package.json',
    sizes: [2500, 5000, 10000, 20000],
    run: (n) => {
      const dir = join(root, `npm${n}`);
      mkdirSync(dir, { recursive: true });
      const scripts = Object.fromEntries(Array.from({ length: n }, (_, i) => [`s${i}`, `echo ${i} && cp a${i} b${i}`]));
      const path = file(`npm${n}/package.json`, JSON.stringify({ name: 'x', scripts }, null, 2));
      return { argv: check('npm', 'run', 's0'), cwd: dir, bytes: statSync(path).size };
    },
  },
  {
    name: 'audit: guard log verify over n records',
    sizes: [250000, 500000, 1000000, 2000000],
    run: (n) => {
      const state = join(root, `state-${n}`, 'guard');
      mkdirSync(state, { recursive: true });
      writeTrail(join(state, 'audit.jsonl'), n);
      return {
        argv: ['node', guard, 'log', 'verify'],
        env: { XDG_STATE_HOME: join(root, `state-${n}`) },
        bytes: statSync(join(state, 'audit.jsonl')).size,
      };
    },
  },
];

/** A valid chain of n records, written the way guard writes them (canonical JSON, SHA-256). */
function writeTrail(path, n) {
  const fd = openSync(path, 'w');
  let prev = GENESIS;
  let batch = '';
  for (let i = 0; i < n; i++) {
    const body = {
      time: '2026-12-01T00:00:00.000Z',
      decision: 'allow',
      user: 'u',
      cwd: '/w',
      argv: ['psql', '-c', `SELECT ${i}`],
      prev,
    };
    const hash = createHash('sha256').update(canonicalJson(body)).digest('hex');
    batch += `${JSON.stringify({ ...body, hash })}\n`;
    prev = hash;
    if (batch.length > 1 << 20) {
      writeSync(fd, batch);
      batch = '';
    }
  }
  writeSync(fd, batch);
  closeSync(fd);
}

console.log(
  `guard growth bench: node ${process.version}, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)}, scale ${SCALE}`,
);
console.log(`baseline node -e 0: ${(baseline.cpu * 1000).toFixed(0)} ms CPU, ${baseline.mib.toFixed(0)} MiB`);
const report = [];
for (const channel of channels) {
  if (ONLY && !ONLY.test(channel.name)) continue;
  const runOne = (input) => {
    const savedEnv = { ...env };
    Object.assign(env, input.env ?? {});
    const m = best(input.argv, { stdin: input.stdin, cwd: input.cwd });
    Object.assign(env, savedEnv);
    for (const k of Object.keys(input.env ?? {})) if (!(k in savedEnv)) delete env[k];
    return m;
  };
  // The same command on an empty input (size 0): its peak RSS is what the input's memory is measured above.
  const empty = runOne(channel.run(0));
  const points = [];
  for (const size of channel.sizes.map((s) => (channel.fixed ? s : Math.max(1, Math.round(s * SCALE))))) {
    const input = channel.run(size);
    const m = runOne(input);
    const bytes = input.bytes ?? (input.stdin ? statSync(input.stdin).size : 0);
    points.push({ size, ...m, bytes });
  }
  // Growth of the work above the smallest size (start-up, the parser load and other constants cancel out):
  // exponent k with (cpu(n) - cpu(n1)) ∝ (n - n1)^k between the two largest sizes; 1.0 is linear. Memory: peak
  // RSS at the largest size minus the empty input's, per input byte.
  const [first, , third, last] = points;
  const slope =
    Math.log(Math.max(last.cpu - first.cpu, 0.005) / Math.max(third.cpu - first.cpu, 0.005)) /
    Math.log((last.size - first.size) / (third.size - first.size));
  const memRatio = last.bytes > 0 ? (Math.max(0, last.mib - empty.mib) * 1024 * 1024) / last.bytes : undefined;
  // The same between the two largest sizes: what each further input byte costs, without fixed costs the
  // input triggers once (the SQL parser's WASM load and tier-up, ~90 MiB, is not paid on an empty input).
  const marginal =
    last.bytes > third.bytes
      ? (Math.max(0, last.mib - third.mib) * 1024 * 1024) / (last.bytes - third.bytes)
      : undefined;
  report.push({
    channel: channel.name,
    exponent: slope,
    empty,
    points,
    memRatio,
    marginal,
    stream: channel.stream !== false,
  });
  const cells = points
    .map(
      (p) =>
        `${p.size}: ${p.cpu.toFixed(2)} s ${p.mib.toFixed(0)} MiB${p.status === 0 || p.status === 77 ? '' : p.status === 137 ? ' KILLED at the limit' : ` exit ${p.status}`}`,
    )
    .join(' | ');
  const mem =
    memRatio === undefined || channel.stream === false
      ? ''
      : `, memory ${memRatio.toFixed(1)}x the input (${(last.bytes / 1048576).toFixed(1)} MiB in, ${(last.mib - empty.mib).toFixed(0)} MiB above the empty input's ${empty.mib.toFixed(0)} MiB; ${marginal === undefined ? '?' : marginal.toFixed(1)}x between the two largest sizes)`;
  const verdict =
    slope <= 1.1 && (channel.stream === false || memRatio === undefined || memRatio <= 5) ? 'ok' : 'OVER TARGET';
  console.log(`${channel.name}\n  exponent ${slope.toFixed(2)}${mem}  ${verdict}\n  ${cells}`);
}
if (process.env.GROWTH_JSON) writeFileSync(process.env.GROWTH_JSON, JSON.stringify({ baseline, report }, null, 2));
rmSync(root, { recursive: true, force: true });
rmSync(policyDir, { recursive: true, force: true });
