// mysql / mariadb and mysqladmin command lines, the server they reach, and the SQL they run.
import { readScript } from '../sql/read-script.js';
import { posix } from 'node:path';
import { hasOption, optionValue, parseOptions, type OptionSpec } from '../../argv/parse-options.js';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context, EvidenceSource } from '../../types.js';
import { analyseLexically } from '../sql/analyse-lexical.js';
import { effect, type SqlEffect } from '../sql/sql-effect.js';
import {
  admitInclude,
  createIncludeBudget,
  CYCLE_WHY,
  finishInclude,
  OVER_BUDGET_WHY,
  type IncludeBudget,
} from '../sql/include-budget.js';
import { forEachMysqlItem } from './split-mysql.js';
import { sqlEffectAdder } from '../sql/bounded-effects.js';

const VALUED =
  'e:execute h:host P:port u:user D:database S:socket :defaults-file :defaults-extra-file :login-path :init-command :default-character-set :protocol';
const FLAGS =
  'B:batch N:skip-column-names s:silent t:table v:verbose f:force U:safe-updates,i-am-a-dummy V:version ?:help X:xml H:html E:vertical n:unbuffered r:raw q:quick :no-defaults';

export const MYSQL_OPTIONS: OptionSpec[] = [
  ...table(VALUED, true),
  ...table(FLAGS, false),
  { id: 'password', short: ['p'], long: ['password'], value: 'attached' },
];

function table(spec: string, value: boolean): OptionSpec[] {
  return spec.split(' ').map((e) => {
    const [s, l] = e.split(':') as [string, string];
    return { id: l.split(',')[0] as string, ...(s ? { short: [s] } : {}), long: l.split(','), value };
  });
}

export interface MysqlParsed {
  command: string;
  effects: (SqlEffect & { where: string })[];
  signals: EnvironmentSignal[];
  notes: string[];
  /** mysqladmin: databases named by `drop DB`. */
  adminDrops: string[];
}

export function mysqlReadsStdin(args: readonly string[]): boolean {
  const p = parseOptions(args, MYSQL_OPTIONS, { style: 'gnu' });
  return !hasOption(p, 'execute') && !hasOption(p, 'help') && !hasOption(p, 'version');
}

export function parseMysqlArgs(args: readonly string[], ctx: Context, command: string): MysqlParsed {
  const p = parseOptions(args, MYSQL_OPTIONS, { style: 'gnu' });
  const signals = mysqlSignals(
    optionValue(p, 'host'),
    optionValue(p, 'database') ?? (command === 'mysqladmin' ? undefined : p.positionals[0]),
    optionValue(p, 'defaults-file'),
    ctx,
  );
  const notes = hasOption(p, 'safe-updates')
    ? ['--safe-updates: the server refuses UPDATE/DELETE without a key in WHERE']
    : [];
  const parsed: MysqlParsed = { command, effects: [], signals, notes, adminDrops: [] };
  if (hasOption(p, 'help') || hasOption(p, 'version')) return parsed;
  if (command === 'mysqladmin') {
    for (let i = 0; i < p.positionals.length; i++)
      if (p.positionals[i]?.toLowerCase() === 'drop' && p.positionals[i + 1])
        parsed.adminDrops.push(p.positionals[++i] as string);
    return parsed;
  }
  const includes = createIncludeBudget();
  // Many statements with the same effect on one resource are kept as a few and a count.
  const add = sqlEffectAdder(parsed.effects);
  const init = optionValue(p, 'init-command');
  if (init) analyseScript(init, '--init-command', ctx, add, 0, includes);
  const execute = p.options.filter((o) => o.id === 'execute');
  execute.forEach((o, i) => analyseScript(o.value ?? '', `-e #${i + 1}`, ctx, add, 0, includes));
  if (execute.length === 0 && ctx.stdin) {
    if (ctx.stdin.truncated)
      parsed.effects.push({
        ...effect('opaque', 'stdin', ['standard input is larger than guard analyses']),
        where: 'stdin',
      });
    analyseScript(ctx.stdin.text, 'stdin', ctx, add, 0, includes);
  }
  return parsed;
}

function analyseScript(
  text: string,
  where: string,
  ctx: Context,
  add: (e: MysqlParsed['effects'][number]) => void,
  depth: number,
  includes: IncludeBudget,
): void {
  forEachMysqlItem(text, (item) => {
    const at = `${where} line ${item.line}`;
    if (item.kind === 'sql') {
      for (const e of analyseLexically(item.text, 'mysql')) add({ ...e, where: at });
      return;
    }
    const path = posix.resolve(ctx.cwd, item.file);
    const read = depth < 16 ? readScript(ctx, path) : { ok: false as const, why: 'source nests too deep' };
    const admission = read.ok ? admitInclude(includes, path, read.text.length) : 'judge';
    if (admission === 'already-judged') return;
    if (!read.ok || admission !== 'judge')
      add({
        ...effect('opaque', path, [
          `source ${path}: ${read.ok ? (admission === 'cycle' ? CYCLE_WHY : OVER_BUDGET_WHY) : read.why}`,
        ]),
        where: at,
      });
    else {
      analyseScript(read.text, path, ctx, add, depth + 1, includes);
      finishInclude(includes, path);
    }
  });
}

/** Host and database: command line > option file ([client]/[mysql] in ~/.my.cnf or --defaults-file) > MYSQL_HOST > localhost. */
function mysqlSignals(
  host: string | undefined,
  db: string | undefined,
  defaultsFile: string | undefined,
  ctx: Context,
): EnvironmentSignal[] {
  const file = defaultsFile ? posix.resolve(ctx.cwd, defaultsFile) : posix.join(ctx.home, '.my.cnf');
  const cnf = readOptionFile(ctx.fs.readText(file));
  const pick = (
    flag: string | undefined,
    key: string,
    envVar?: string,
  ): { value: string; source: EvidenceSource; detail: string } | undefined => {
    if (flag) return { value: flag, source: 'flag', detail: `--${key} ${flag}` };
    if (cnf[key]) return { value: cnf[key] as string, source: 'tool-config', detail: `${key}=${cnf[key]} in ${file}` };
    if (envVar && ctx.env[envVar])
      return { value: ctx.env[envVar] as string, source: 'env', detail: `${envVar}=${ctx.env[envVar]}` };
    return undefined;
  };
  const h = pick(host, 'host', 'MYSQL_HOST') ?? {
    value: 'localhost',
    source: 'default' as const,
    detail: 'mysql default: localhost (Unix socket)',
  };
  const d = pick(db, 'database');
  const signals: EnvironmentSignal[] = [
    { kind: 'db-host', value: h.value, source: h.source, detail: `host ${h.value}: ${h.detail}` },
  ];
  if (d)
    signals.push({ kind: 'db-name', value: d.value, source: d.source, detail: `database ${d.value}: ${d.detail}` });
  return signals;
}

function readOptionFile(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  let section = '';
  for (const raw of (text ?? '').split(/\r?\n/)) {
    const line = raw.trim();
    const s = /^\[(.+)\]$/.exec(line);
    if (s) section = (s[1] as string).trim();
    else if ((section === 'client' || section === 'mysql') && /^[\w-]+\s*=/.test(line)) {
      const [k, ...v] = line.split('=');
      out[(k as string).trim()] = v
        .join('=')
        .trim()
        .replace(/^"(.*)"$/, '$1');
    }
  }
  return out;
}
