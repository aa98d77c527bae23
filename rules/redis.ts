import { resolveEnvironment } from '../src/core/environment.js';
import { definePack, type RuleMatch } from '../src/core/rule.js';
import { parseRedisArgs, redisReadsStdin, type RedisParsed } from '../src/core/tools/redis/parse-redis-args.js';

const PROD = ['-h', 'redis.prod.internal', '-p', '6380'];

function flushes(p: RedisParsed): RuleMatch[] | null {
  const out: RuleMatch[] = [];
  for (const call of p.calls) {
    const [name, sub] = [call.words[0]?.toUpperCase(), call.words[1]?.toUpperCase()];
    if (name === 'FLUSHALL')
      out.push({ resource: 'all-databases', details: [`${call.where}: FLUSHALL deletes every key in every database`] });
    if (name === 'FLUSHDB')
      out.push({ resource: `db${p.db}`, details: [`${call.where}: FLUSHDB deletes every key in database ${p.db}`] });
    if ((name === 'SCRIPT' || name === 'FUNCTION') && sub === 'FLUSH')
      out.push({
        resource: name === 'SCRIPT' ? 'scripts' : 'functions',
        details: [`${call.where}: ${name} FLUSH removes every cached script/library`],
      });
  }
  for (const s of p.scripts) {
    if (!s.readable)
      out.push({
        resource: s.where.startsWith('stdin') ? 'stdin' : 'lua-script',
        details: [`${s.where}: guard cannot read all of it, so it may flush data`],
      });
    else if (/flushall|flushdb/i.test(s.text))
      out.push({ resource: 'lua-script', details: [`${s.where}: the script calls FLUSHALL/FLUSHDB`] });
  }
  return out.length ? out : null;
}

function shutdownNosave(p: RedisParsed): RuleMatch[] | null {
  const out: RuleMatch[] = [];
  for (const c of p.calls) {
    if (c.words[0]?.toUpperCase() === 'SHUTDOWN' && c.words.slice(1).some((w) => w.toUpperCase() === 'NOSAVE'))
      out.push({
        resource: 'unsaved-writes',
        details: [`${c.where}: SHUTDOWN NOSAVE stops the server without persisting`],
      });
  }
  return out.length ? out : null;
}

export const redisPack = definePack<RedisParsed>({
  tool: 'redis',
  commands: ['redis-cli', 'valkey-cli'],
  readsStdin: redisReadsStdin,
  // Commands in any case (FLUSHALL, script flush, EVAL bodies, SHUTDOWN NOSAVE) or on stdin (-x, --pipe).
  prefilter: {
    clears: ['--version', '-v', '--help'],
    stdinNotTty: true,
    prefixes: ['--eval'],
    wordsAnyCase: [
      'flushall',
      'flushdb',
      'flush',
      'nosave',
      'eval',
      'eval_ro',
      'evalsha',
      'evalsha_ro',
      'fcall',
      'fcall_ro',
    ],
  },
  parse: parseRedisArgs,
  environment: (parsed, ctx) => resolveEnvironment(parsed.signals, ctx),
  rules: [
    {
      id: 'redis/flush-data',
      summary: 'FLUSHALL, FLUSHDB, SCRIPT/FUNCTION FLUSH, and scripts that flush',
      message: 'This deletes {{resource}} on the Redis server {{environment}}; Redis has no undo.',
      rationale:
        'Flushed keys are gone from memory at once; the next snapshot or AOF rewrite makes it permanent on disk too.',
      safer: 'Delete specific keys (SCAN + UNLINK with a pattern), or take a BGSAVE copy of the RDB file first.',
      match: flushes,
      examples: {
        destructive: [
          { argv: ['redis-cli', ...PROD, 'FLUSHALL'], resource: 'all-databases', environment: 'redis.prod.internal' },
          { argv: ['redis-cli', '-n', '3', 'flushdb', 'async'], resource: 'db3', environment: 'localhost' },
          {
            argv: ['redis-cli', '-u', 'redis://:pw@cache.prod:6379/2'],
            stdin: 'PING\nFLUSHDB\n',
            resource: 'db2',
            environment: 'cache.prod',
          },
          { argv: ['redis-cli', '--pipe'], stdin: '*1\r\n$8\r\nFLUSHALL\r\n', resource: 'all-databases' },
          { argv: ['redis-cli', 'EVAL', "return redis.call('FLUSHALL')", '0'], resource: 'lua-script' },
          { argv: ['redis-cli', '--cluster', 'call', '10.0.0.7:7000', 'FLUSHALL'], resource: 'all-databases' },
        ],
        benign: [
          { argv: ['redis-cli', 'GET', 'flushall'] },
          { argv: ['redis-cli', 'SET', 'note', 'FLUSHDB'] },
          { argv: ['redis-cli'], stdin: 'INFO keyspace\nDBSIZE\n' },
          { argv: ['redis-cli', 'SCRIPT', 'EXISTS', 'abc'] },
        ],
      },
    },
    {
      id: 'redis/shutdown-nosave',
      summary: 'SHUTDOWN NOSAVE: stops Redis without persisting',
      message: 'SHUTDOWN NOSAVE stops {{environment}} and loses every write since the last save ({{resource}}).',
      rationale:
        'Everything written since the last RDB snapshot (or not yet in the AOF) is lost when the process exits without saving.',
      safer: 'SHUTDOWN SAVE (or plain SHUTDOWN), or BGSAVE first.',
      match: shutdownNosave,
      examples: {
        destructive: [
          {
            argv: ['redis-cli', ...PROD, 'SHUTDOWN', 'NOSAVE'],
            resource: 'unsaved-writes',
            environment: 'redis.prod.internal',
          },
          { argv: ['redis-cli', 'shutdown', 'nosave', 'now'], resource: 'unsaved-writes' },
          { argv: ['redis-cli'], stdin: 'SHUTDOWN NOSAVE\n', resource: 'unsaved-writes' },
        ],
        benign: [
          { argv: ['redis-cli', 'SHUTDOWN', 'SAVE'] },
          { argv: ['redis-cli', 'ECHO', 'SHUTDOWN NOSAVE'] },
          { argv: ['redis-cli', '--help'] },
        ],
      },
    },
  ],
});
