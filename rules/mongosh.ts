import { resolveEnvironment } from '../src/core/environment.js';
import { definePack, type Rule, type RuleExample } from '../src/core/rule.js';
import type { MongoEffect } from '../src/core/tools/mongosh/analyse-js.js';
import {
  mongoshReadsStdin,
  parseMongoshArgs,
  type MongoshParsed,
} from '../src/core/tools/mongosh/parse-mongosh-args.js';

const PROD = 'mongodb://admin:pw@mongo.prod.internal:27017/shop';

function effectRule(
  id: string,
  kind: MongoEffect['kind'],
  text: Omit<Rule<MongoshParsed>, 'id' | 'match' | 'examples'>,
  destructive: RuleExample[],
  benign: RuleExample[],
): Rule<MongoshParsed> {
  return {
    id,
    ...text,
    match: (p) => {
      const found = p.effects
        .filter((e) => e.kind === kind)
        .map((e) => ({ resource: e.resource, details: [`${e.where}: ${e.detail}`] }));
      return found.length ? found : null;
    },
    examples: { destructive, benign },
  };
}

export const mongoshPack = definePack<MongoshParsed>({
  tool: 'mongosh',
  commands: ['mongosh', 'mongo'],
  readsStdin: mongoshReadsStdin,
  // JavaScript arrives through --eval, -f/--file, positional .js files and stdin.
  prefilter: {
    clears: ['--version', '--help', '-h'],
    stdinNotTty: true,
    words: ['-f'],
    prefixes: ['--e', '--f'],
    suffixes: ['.js'],
  },
  parse: parseMongoshArgs,
  environment: (parsed, ctx) => resolveEnvironment(parsed.signals, ctx),
  rules: [
    effectRule(
      'mongosh/drop-database',
      'drop-database',
      {
        summary: 'db.dropDatabase(), dropAllUsers(), dropAllRoles()',
        message: 'This drops {{resource}} on {{environment}} with every collection in it.',
        rationale:
          'dropDatabase removes all collections, indexes and data files of the database at once; there is no undo.',
        safer: 'mongodump --db NAME first, or drop individual collections after checking them.',
      },
      [
        {
          argv: ['mongosh', PROD, '--eval', 'db.dropDatabase()'],
          resource: 'shop',
          environment: 'mongo.prod.internal',
        },
        {
          argv: ['mongosh', '--quiet', '--eval', 'db.getSiblingDB("analytics").dropDatabase()'],
          resource: 'analytics',
          environment: 'localhost',
        },
        { argv: ['mongosh', 'shop'], stdin: 'use archive\ndb.dropDatabase()\n', resource: 'archive' },
      ],
      [
        { argv: ['mongosh', PROD, '--eval', 'print("db.dropDatabase()")'] },
        { argv: ['mongosh', '--eval', '// db.dropDatabase()\ndb.stats()'] },
        { argv: ['mongosh', '--eval', 'db.getName()'] },
      ],
    ),
    effectRule(
      'mongosh/drop-collection',
      'drop-collection',
      {
        summary: 'db.C.drop(), db.getCollection("C").drop()',
        message: 'This drops the collection {{resource}} on {{environment}} with all of its documents and indexes.',
        rationale: 'A dropped collection is gone at once, documents and indexes together.',
        safer: 'mongodump --collection C first, or rename it (renameCollection) and drop it later.',
      },
      [
        {
          argv: ['mongosh', PROD, '--eval', 'db.users.drop()'],
          resource: 'shop.users',
          environment: 'mongo.prod.internal',
        },
        { argv: ['mongosh', 'shop', '--eval', 'db.getCollection("order-items").drop()'], resource: 'shop.order-items' },
        {
          argv: ['mongosh', 'shop', 'cleanup.js'],
          files: { '/home/user/project/cleanup.js': 'db["sessions"].drop();\n' },
          resource: 'shop.sessions',
        },
      ],
      [
        { argv: ['mongosh', 'shop', '--eval', 'db.users.find({ drop: true })'] },
        { argv: ['mongosh', 'shop', '--eval', 'db.users.dropIndex("email_1")'] },
        { argv: ['mongosh', 'shop', '--eval', "const s = 'db.users.drop()'; print(s)"] },
      ],
    ),
    effectRule(
      'mongosh/delete-all-documents',
      'delete-all',
      {
        summary: 'deleteMany({}) / remove({}): every document of a collection',
        message: 'This deletes every document in {{resource}} on {{environment}}.',
        rationale:
          'An empty filter matches the whole collection; deleted documents cannot be recovered without a backup.',
        safer: 'Use a filter, and check it first with countDocuments(FILTER).',
      },
      [
        {
          argv: ['mongosh', PROD, '--eval', 'db.users.deleteMany({})'],
          resource: 'shop.users',
          environment: 'mongo.prod.internal',
        },
        { argv: ['mongosh', 'shop', '--eval', 'db.carts.remove({ })'], resource: 'shop.carts' },
        { argv: ['mongosh', 'shop'], stdin: 'db.getCollection("logs").deleteMany({})\n', resource: 'shop.logs' },
      ],
      [
        { argv: ['mongosh', 'shop', '--eval', 'db.users.deleteMany({ _id: 1 })'] },
        { argv: ['mongosh', 'shop', '--eval', 'db.users.deleteOne({})'] },
        { argv: ['mongosh', 'shop', '--eval', 'print("deleteMany({})")'] },
      ],
    ),
    effectRule(
      'mongosh/opaque-script',
      'opaque',
      {
        summary: 'A script file guard cannot read',
        message: '{{resource}} runs on {{environment}} and guard cannot read it to check what it does.',
        rationale: 'What guard cannot read it cannot clear.',
        safer: 'Make the file readable, or pass the statements with --eval.',
      },
      [
        {
          argv: ['mongosh', PROD, '--file', 'missing.js'],
          resource: '/home/user/project/missing.js',
          environment: 'mongo.prod.internal',
        },
        { argv: ['mongosh', 'shop', '/root/x.js'], resource: '/root/x.js' },
        { argv: ['mongosh', '-f', 'gone.js'], resource: '/home/user/project/gone.js' },
        { argv: ['mongosh', 'shop', '--eval', 'load("helpers.js")'], resource: '/home/user/project/helpers.js' },
      ],
      [
        { argv: ['mongosh', 'shop', '--file', 'ok.js'], files: { '/home/user/project/ok.js': 'db.users.find()\n' } },
        {
          argv: ['mongosh', 'shop', '--eval', 'load("lib.js")'],
          files: { '/home/user/project/lib.js': 'db.users.countDocuments({})\n' },
        },
        { argv: ['mongosh', '--help'] },
      ],
    ),
  ],
});
