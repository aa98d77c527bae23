// Benign argv generated at random passes through the built binary byte for byte: the stand-in
// receives exactly the arguments and stdin, and guard leaves with its exit code, silently.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classifyArgv, indexPacks } from '../../src/core/classify.js';
import { exampleContext } from '../../src/core/example-context.js';
import { builtinPacks } from '../../rules/index.js';
import { runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

const index = indexPacks(builtinPacks);
let world: TempWorld;
before(() => {
  world = createTempWorld();
});
after(() => world.dispose());

// Any Unicode except NUL (an argv element cannot hold one); lone surrogates included, which the
// system sees as U+FFFD's UTF-8 bytes, so the expectation is Buffer.from(arg).
const arg = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }).map((s) => s.replace(/\0/g, '')),
  fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c === 0 ? 1 : c)), maxLength: 8 }),
  fc.constantFrom(
    '',
    '-',
    '--',
    '--json',
    '-e',
    'production',
    "it's",
    '"',
    '$(rm -rf /)',
    '`id`',
    '*',
    '\\',
    '\n',
    ' ',
    '\uFFFD',
  ),
);

const sample = fc.record({
  tool: fc.constantFrom('mytool', 'railway status', 'railway logs', 'railway whoami', 'railway variables'),
  args: fc.array(arg, { maxLength: 6 }),
  stdin: fc.uint8Array({ maxLength: 4096 }),
  exit: fc.integer({ min: 0, max: 125 }),
});

test('random benign argv, stdin and exit codes pass through the built binary unchanged (30 runs)', async () => {
  await fc.assert(
    fc.asyncProperty(sample, async ({ tool, args, stdin, exit }) => {
      const argv = [...tool.split(' '), ...args];
      fc.pre(classifyArgv(argv, exampleContext({ argv }), index).decision === 'allow');
      const standIn = world.standIn(argv[0] as string);
      const result = await runGuard(argv, {
        env: world.env({ STANDIN_EXIT: String(exit) }),
        cwd: world.root,
        input: Buffer.from(stdin),
      });
      assert.equal(result.code, exit, result.stderr);
      assert.equal(result.stderr, '');
      assert.equal(result.stdout, `stand-in ${argv[0]} ran\n`);
      // The stand-in records `printf '%s\0' "$@"`, which prints one NUL for no arguments at all.
      const rest = argv.slice(1);
      const expected =
        rest.length === 0
          ? Buffer.from([0])
          : Buffer.concat(rest.map((a) => Buffer.concat([Buffer.from(a, 'utf8'), Buffer.from([0])])));
      assert.ok(standIn.rawArgv().equals(expected), `argv differs for ${JSON.stringify(argv)}`);
      assert.ok(standIn.stdin().equals(Buffer.from(stdin)), 'stdin differs');
    }),
    { numRuns: 30 },
  );
});
