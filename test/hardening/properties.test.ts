// Property-based tests: the option parser, the classifier over every pack and the rule engine
// never throw, whatever the input; what they cannot analyse needs confirmation; and skip flags
// of the wrapped tools never lower the bar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseOptions, type OptionSpec, type OptionStyle } from '../../src/core/argv/parse-options.js';
import { classifyArgv, indexPacks } from '../../src/core/classify.js';
import { exampleContext } from '../../src/core/example-context.js';
import { definePack } from '../../src/core/rule.js';
import type { Decision } from '../../src/core/types.js';
import { builtinPacks } from '../../rules/index.js';
import { exampleWords, packExamples } from '../helpers/pack-inputs.js';
import { loadSqlParser } from '../../src/io/load-sql-parser.js';
import { findingReason } from '../../src/core/finding-text.js';

// Judged with what the io layer loads before classifying (the PostgreSQL parser), as the examples are.
const sqlParser = await loadSqlParser();

const index = indexPacks(builtinPacks);
const commands = builtinPacks.flatMap((p) => p.commands);
const vocabulary = exampleWords(builtinPacks);

/** Any string: full Unicode, lone surrogates, NUL and controls, or words the packs know. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.constantFrom('', '-', '--', '-=', '--=', '=', '\0', '\uFFFD', '-\0', '--\0x', '-e=', '-ee', ...vocabulary),
);
const argvOf = (maxLength: number) =>
  fc.tuple(fc.constantFrom(...commands), fc.array(anyString, { maxLength })).map(([c, rest]) => [c, ...rest]);

function isWellFormed(d: Decision): boolean {
  if (d.decision !== 'allow' && d.decision !== 'confirm') return false;
  if ((d.decision === 'confirm') !== d.findings.length > 0) return false;
  return d.findings.every(
    (f) =>
      /^[a-z0-9-]+\/[a-z0-9-]+$/.test(f.rule) &&
      typeof f.resource === 'string' &&
      typeof f.environment.name === 'string' &&
      f.environment.name !== '' &&
      typeof findingReason(f) === 'string',
  );
}

const specArb: fc.Arbitrary<OptionSpec> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 5 }),
    short: fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), { maxLength: 2 }),
    long: fc.array(fc.string({ unit: 'binary', maxLength: 8 }), { maxLength: 2 }),
    value: fc.constantFrom(true, false, 'optional' as const),
  },
  { requiredKeys: ['id'] },
);

test('parseOptions never throws, in every style, for any argv and any specs; every element is accounted for', () => {
  fc.assert(
    fc.property(
      fc.array(anyString, { maxLength: 12 }),
      fc.array(specArb, { maxLength: 6 }),
      fc.constantFrom<OptionStyle>('gnu', 'pflag', 'clap', 'go'),
      fc.boolean(),
      (argv, specs, style, permute) => {
        const parsed = parseOptions(argv, specs, { style, permute });
        // Positionals are argv elements, in order, at the indexes recorded.
        parsed.positionals.forEach((p, k) => assert.equal(argv[parsed.positionalIndexes[k] as number], p));
        for (const o of parsed.options) assert.ok(o.index >= 0 && o.index < argv.length);
      },
    ),
    { numRuns: 3000 },
  );
});

test('classifyArgv never throws and always decides, over every pack, for arbitrary argv (NUL, lone surrogates, U+FFFD included)', () => {
  fc.assert(
    fc.property(argvOf(10), (argv) => isWellFormed(classifyArgv(argv, exampleContext({ argv }), index))),
    { numRuns: 3000 },
  );
});

test('classifyArgv never throws on empty and huge argv', () => {
  const ctx = exampleContext({ argv: [] });
  assert.deepEqual(classifyArgv([], ctx, index), { decision: 'allow', findings: [] });
  assert.equal(classifyArgv([''], ctx, index).decision, 'allow');
  for (const command of commands) {
    assert.ok(isWellFormed(classifyArgv([command], ctx, index)));
    assert.ok(
      isWellFormed(
        classifyArgv(
          [command, ...Array.from({ length: 50_000 }, (_, i) => vocabulary[i % vocabulary.length] as string)],
          ctx,
          index,
        ),
      ),
    );
    assert.ok(isWellFormed(classifyArgv([command, ...Array.from({ length: 1000 }, () => '')], ctx, index)));
  }
});

test('every destructive example stays destructive when its strings are made lossy (U+FFFD from invalid UTF-8) or carry NUL elsewhere', () => {
  for (const pack of builtinPacks) {
    // Examples that read commands from stdin are left out: an extra operand becomes the command instead.
    for (const { rule, example } of packExamples(pack).filter(
      (e) => e.kind === 'destructive' && e.example.stdin === undefined,
    )) {
      const ctx = { ...exampleContext(example), sqlParser };
      for (const extra of ['\uFFFD', 'a\0b', '\uFFFD\uFFFD--x']) {
        const argv = [...example.argv, extra];
        const d = classifyArgv(argv, ctx, index);
        assert.equal(d.decision, 'confirm', `${rule}: ${JSON.stringify(argv)}`);
      }
    }
  }
});

test('a pack whose parser throws, whose environment throws, or whose rule throws fails closed: guard/analysis-failed, confirm', () => {
  const boom = (): never => {
    throw new Error('crafted input');
  };
  const base = { tool: 'boom', commands: ['boom'], prefilter: { always: true }, rules: [] };
  const packs = [
    definePack<unknown>({
      ...base,
      parse: boom,
      environment: () => ({ kind: 'named', name: 'local', source: 'default', production: false, evidence: [] }),
    }),
    // The environment is worked out only for a match, so this pack's rule matches.
    definePack<unknown>({
      ...base,
      commands: ['boom2'],
      parse: () => ({}),
      environment: boom,
      rules: [
        {
          id: 'boom/any',
          summary: '',
          message: '',
          rationale: '',
          safer: '',
          match: () => ({ resource: 'x' }),
          examples: { destructive: [], benign: [] },
        },
      ],
    }),
    definePack<unknown>({
      ...base,
      commands: ['boom3'],
      parse: () => ({}),
      environment: () => ({ kind: 'named', name: 'local', source: 'default', production: false, evidence: [] }),
      rules: [
        {
          id: 'boom/rule',
          summary: '',
          message: '',
          rationale: '',
          safer: '',
          match: boom,
          examples: { destructive: [], benign: [] },
        },
      ],
    }),
    definePack<unknown>({
      ...base,
      commands: ['boom4'],
      parse: () => {
        throw 'not even an Error';
      },
      environment: boom,
    }),
  ];
  const local = indexPacks(packs);
  for (const command of ['boom', 'boom2', 'boom3', 'boom4']) {
    const d = classifyArgv([command, 'status'], exampleContext({ argv: [] }), local);
    assert.equal(d.decision, 'confirm', command);
    assert.equal(d.findings[0]?.rule, 'guard/analysis-failed');
    assert.equal(d.findings[0]?.environment.production, true);
  }
  // A benign command (no rule matches) never needs its environment: a lookup that would throw does not refuse it.
  const quiet = indexPacks([
    definePack<unknown>({ ...base, commands: ['quiet'], parse: () => ({}), environment: boom }),
  ]);
  assert.equal(classifyArgv(['quiet', 'status'], exampleContext({ argv: [] }), quiet).decision, 'allow');
  // A stack overflow inside a parser (deep recursion on crafted input) is an exception like any other.
  const deep = indexPacks([
    definePack<unknown>({
      ...base,
      commands: ['deep'],
      parse: function recurse(): never {
        return (recurse as () => never)();
      },
      environment: boom,
    }),
  ]);
  assert.equal(classifyArgv(['deep'], exampleContext({ argv: [] }), deep).findings[0]?.rule, 'guard/analysis-failed');
});

const SKIP_FLAGS = [
  '--yes',
  '-y',
  '--force',
  '-f',
  '-auto-approve',
  '--auto-approve',
  '-auto-approve=true',
  '--confirm',
  '--no-guard',
  '--guard-off',
  '--non-interactive',
  '-force',
  '--no-prompt',
  '--assume-yes',
];

test('skip and auto-approve flags appended to any destructive example never make it benign (every pack)', () => {
  const lowered: string[] = [];
  for (const pack of builtinPacks) {
    for (const { rule, example } of packExamples(pack).filter((e) => e.kind === 'destructive')) {
      const ctx = { ...exampleContext(example), sqlParser };
      // Single-dash bundles such as `-f`/`-force` are left out here: for psql and mysql they take a value
      // (a file, -e SQL), so appended last they make the real tool fail with a usage error.
      for (const flag of SKIP_FLAGS.filter((f) => f.startsWith('--') || f === '-y' || f.startsWith('-auto-approve'))) {
        const argv = [...example.argv, flag];
        if (classifyArgv(argv, ctx, index).decision !== 'confirm') lowered.push(`${rule}: ${argv.join(' ')}`);
      }
    }
  }
  assert.deepEqual(lowered, []);
});

// Every position except between an option and its value (`-e --yes production`: clap rejects a
// value that looks like a flag, so railway itself refuses to run it). `-f` is railway's --function.
test('skip flags inserted at every position of a railway volume delete never make it benign', () => {
  const argv = ['railway', 'volume', '-e', 'production', 'delete', '-v', 'pg-data'];
  const ctx = exampleContext({ argv });
  for (const flag of SKIP_FLAGS.filter((f) => f !== '-f')) {
    for (const at of [1, 2, 4, 5, 7]) {
      const withFlag = [...argv.slice(0, at), flag, ...argv.slice(at)];
      assert.equal(classifyArgv(withFlag, ctx, index).decision, 'confirm', withFlag.join(' '));
    }
  }
});
