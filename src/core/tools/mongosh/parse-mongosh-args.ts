// mongosh [options] [db address] [files…]: --eval (repeatable), --file/-f and *.js operands, stdin.
import { readScript } from '../sql/read-script.js';
import { posix } from 'node:path';
import { hasOption, optionValue, optionValues, parseOptions, type OptionSpec } from '../../argv/parse-options.js';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';
import { scanMongoJs, type MongoEffect } from './analyse-js.js';
import { boundedPush } from '../sql/bounded-effects.js';
import { admitInclude, createIncludeBudget, CYCLE_WHY, finishInclude, OVER_BUDGET_WHY } from '../sql/include-budget.js';

const VALUED = [
  'eval',
  'file',
  'host',
  'port',
  'username',
  'password',
  'authenticationDatabase',
  'authenticationMechanism',
  'apiVersion',
  'tlsCAFile',
  'tlsCertificateKeyFile',
];
const FLAGS = ['nodb', 'norc', 'quiet', 'shell', 'json', 'verbose', 'help', 'version', 'tls', 'retryWrites'];

export const MONGOSH_OPTIONS: OptionSpec[] = [
  ...VALUED.map((n) => ({
    id: n,
    long: [n],
    value: true,
    ...(n === 'file'
      ? { short: ['f'] }
      : n === 'username'
        ? { short: ['u'] }
        : n === 'password'
          ? { short: ['p'] }
          : {}),
  })),
  ...FLAGS.map((n) => ({ id: n, long: [n], ...(n === 'help' ? { short: ['h'] } : {}) })),
];

export interface MongoshParsed {
  effects: (MongoEffect & { where: string })[];
  signals: EnvironmentSignal[];
}

export function mongoshReadsStdin(args: readonly string[]): boolean {
  const p = parseOptions(args, MONGOSH_OPTIONS, { style: 'pflag' });
  return !hasOption(p, 'eval') && !hasOption(p, 'file') && !p.positionals.some((a) => a.endsWith('.js'));
}

export function parseMongoshArgs(args: readonly string[], ctx: Context): MongoshParsed {
  const p = parseOptions(args, MONGOSH_OPTIONS, { style: 'pflag' });
  const address = p.positionals.find((a) => !a.endsWith('.js'));
  const { host, db } = readAddress(address, optionValue(p, 'host'));
  const signals: EnvironmentSignal[] = [
    { kind: 'db-host', value: host.value, source: host.source, detail: host.detail },
    { kind: 'db-name', value: db, source: address ? 'flag' : 'default', detail: `database ${db}` },
  ];
  if (address && /^mongodb(\+srv)?:\/\//.test(address))
    signals.push({
      kind: 'db-uri',
      value: address.replace(/\/\/[^@/]*@/, '//'),
      source: 'flag',
      detail: 'connection string',
    });
  const parsed: MongoshParsed = { effects: [], signals };
  if (hasOption(p, 'help') || hasOption(p, 'version')) return parsed;
  const includes = createIncludeBudget();
  // Many calls with the same effect on one collection are kept as a few and a count.
  const add = boundedPush<MongoshParsed['effects'][number]>(parsed.effects, (last, more) => {
    last.detail = `${last.detail.replace(/ \(and \d+ more calls? like it after it\)$/, '')} (and ${more} more call${more === 1 ? '' : 's'} like it after it)`;
  });
  const scan = (src: string, where: string, depth = 0): void => {
    const found = scanMongoJs(src, db);
    for (const e of found.effects) add({ ...e, where }, `${e.kind}\0${e.resource}`);
    for (const file of found.loads) {
      const path = posix.resolve(ctx.cwd, file);
      const read = depth < 16 ? readScript(ctx, path) : { ok: false as const, why: 'load() nests too deep' };
      const admission = read.ok ? admitInclude(includes, path, read.text.length) : 'judge';
      if (admission === 'already-judged') continue;
      if (!read.ok || admission !== 'judge')
        parsed.effects.push({
          kind: 'opaque',
          resource: path,
          detail: `load("${file}"): ${read.ok ? (admission === 'cycle' ? CYCLE_WHY : OVER_BUDGET_WHY) : read.why}`,
          where,
        });
      else {
        scan(read.text, path, depth + 1);
        finishInclude(includes, path);
      }
    }
  };
  optionValues(p, 'eval').forEach((js, i) => scan(js, `--eval #${i + 1}`));
  const files = [...optionValues(p, 'file'), ...p.positionals.filter((a) => a.endsWith('.js'))];
  for (const f of files) {
    const path = posix.resolve(ctx.cwd, f);
    const read = readScript(ctx, path);
    if (!read.ok)
      parsed.effects.push({ kind: 'opaque', resource: path, detail: `script ${path}: ${read.why}`, where: path });
    else scan(read.text, path);
  }
  if (mongoshReadsStdin(args) && ctx.stdin) {
    if (ctx.stdin.truncated)
      parsed.effects.push({
        kind: 'opaque',
        resource: 'stdin',
        detail: 'standard input is larger than guard analyses',
        where: 'stdin',
      });
    scan(ctx.stdin.text, 'stdin');
  }
  return parsed;
}

function readAddress(
  address: string | undefined,
  hostFlag: string | undefined,
): { host: { value: string; source: 'flag' | 'default'; detail: string }; db: string } {
  if (address && /^mongodb(\+srv)?:\/\//.test(address)) {
    const m = /^mongodb(?:\+srv)?:\/\/(?:[^@/]*@)?([^/?,:]+)[^/?]*(?:\/([^?]*))?/.exec(address);
    return {
      host: { value: m?.[1] ?? 'unknown', source: 'flag', detail: `host ${m?.[1]} from the connection string` },
      db: m?.[2] || 'test',
    };
  }
  const host = hostFlag ?? (address?.includes('/') ? address.split('/')[0] : undefined);
  const db = address?.includes('/') ? (address.split('/')[1] as string) : (address ?? 'test');
  if (host) return { host: { value: host.replace(/:\d+$/, ''), source: 'flag', detail: `host ${host}` }, db };
  return { host: { value: 'localhost', source: 'default', detail: 'mongosh default: localhost:27017' }, db };
}
