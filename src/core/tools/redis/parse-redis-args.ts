// redis-cli: options come first, the first operand starts the command; with no command, commands
// are read from stdin one per line (or as RESP with --pipe).
import { readScript } from '../sql/read-script.js';
import { hasOption, optionValue, parseOptions, type OptionSpec } from '../../argv/parse-options.js';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';
import { redisCommands } from './redis-input.js';

const VALUED = [
  'h',
  'p',
  's',
  'a',
  'u',
  'n',
  'r',
  'i',
  'd',
  'user',
  'pass',
  'eval',
  'rdb',
  'functions-rdb',
  'pattern',
  'count',
  'pipe-timeout',
  'sni',
  'cacert',
  'cacertdir',
  'cert',
  'key',
  'tls-ciphers',
  'tls-ciphersuites',
  'memkeys-samples',
  'intrinsic-latency',
  'quoted-pattern',
  'lru-test',
  'replica',
];
const FLAGS = [
  'x',
  'c',
  'e',
  '3',
  '2',
  'D',
  'raw',
  'no-raw',
  'csv',
  'json',
  'quoted-json',
  'stat',
  'bigkeys',
  'memkeys',
  'hotkeys',
  'scan',
  'pipe',
  'latency',
  'latency-history',
  'latency-dist',
  'ldb',
  'ldb-sync-mode',
  'tls',
  'insecure',
  'no-auth-warning',
  'verbose',
  'help',
  'version',
  'askpass',
  'cluster',
];

export const REDIS_OPTIONS: OptionSpec[] = [
  ...VALUED.map((n) => ({ id: n, ...(n.length === 1 ? { short: [n] } : { long: [n] }), value: true })),
  ...FLAGS.map((n) => ({ id: n, ...(n.length === 1 ? { short: [n] } : { long: [n] }) })),
];

export interface RedisCall {
  words: string[];
  where: string;
}

export interface RedisParsed {
  /** Iterable, not a list: commands read from stdin are split again on each pass and never held all at once. */
  calls: Iterable<RedisCall>;
  db: string;
  signals: EnvironmentSignal[];
  /** Scripts (EVAL bodies, --eval files) guard found, for the flush rule. */
  scripts: { text: string; where: string; readable: boolean }[];
}

export function redisReadsStdin(args: readonly string[]): boolean {
  const p = parseOptions(args, REDIS_OPTIONS, { style: 'pflag', permute: false });
  return p.positionals.length === 0 && !hasOption(p, 'eval') && !hasOption(p, 'help') && !hasOption(p, 'version');
}

export function parseRedisArgs(args: readonly string[], ctx: Context): RedisParsed {
  const p = parseOptions(args, REDIS_OPTIONS, { style: 'pflag', permute: false });
  const uri = optionValue(p, 'u');
  const fromUri = uri ? /^rediss?:\/\/(?:[^@/]*@)?([^:/?]+)?(?::(\d+))?(?:\/(\d+))?/.exec(uri) : null;
  const host = optionValue(p, 'h') ?? fromUri?.[1] ?? (optionValue(p, 's') ? 'localhost' : '127.0.0.1');
  const port = optionValue(p, 'p') ?? fromUri?.[2] ?? '6379';
  const db = optionValue(p, 'n') ?? fromUri?.[3] ?? '0';
  const local = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  const source = optionValue(p, 'h') || uri || optionValue(p, 's') ? 'flag' : 'default';
  const signals: EnvironmentSignal[] = [
    {
      kind: 'db-host',
      value: local ? 'localhost' : host,
      source,
      detail: `redis server ${host}:${port}${source === 'default' ? ' (redis-cli default)' : ''}`,
    },
  ];
  if (uri)
    signals.push({
      kind: 'db-uri',
      value: uri.replace(/\/\/[^@/]*@/, '//'),
      source: 'flag',
      detail: `-u ${uri.replace(/\/\/[^@/]*@/, '//***@')}`,
    });
  const calls: RedisCall[] = [];
  const parsed: RedisParsed = { calls, db, signals, scripts: [] };
  if (hasOption(p, 'help') || hasOption(p, 'version')) return parsed;
  const evalFile = optionValue(p, 'eval');
  if (evalFile) {
    const read = readScript(ctx, evalFile.startsWith('/') ? evalFile : `${ctx.cwd}/${evalFile}`);
    parsed.scripts.push({ text: read.ok ? read.text : '', where: `--eval ${evalFile}`, readable: read.ok });
    return parsed;
  }
  // `--cluster call HOST:PORT CMD…` runs CMD on every node.
  const clusterCall = hasOption(p, 'cluster') && p.positionals[0]?.toLowerCase() === 'call';
  if (clusterCall)
    calls.push({ words: p.positionals.slice(2), where: `--cluster call ${p.positionals[1] ?? ''} (every node)` });
  else if (p.positionals.length > 0) calls.push({ words: p.positionals, where: 'command line' });
  else if (ctx.stdin && !hasOption(p, 'x')) {
    if (ctx.stdin.truncated)
      parsed.scripts.push({ text: '', where: 'stdin (larger than guard analyses)', readable: false });
    parsed.calls = stdinCalls(ctx.stdin.text, hasOption(p, 'pipe'));
  }
  for (const call of parsed.calls) {
    const name = call.words[0]?.toUpperCase();
    if ((name === 'EVAL' || name === 'EVAL_RO' || name === 'FUNCTION') && call.words[1])
      parsed.scripts.push({ text: call.words.slice(1).join(' '), where: call.where, readable: true });
  }
  return parsed;
}

function stdinCalls(text: string, pipe: boolean): Iterable<RedisCall> {
  return {
    *[Symbol.iterator]() {
      let i = 0;
      for (const words of redisCommands(text, pipe)) yield { words, where: `stdin command ${++i}` };
    },
  };
}
