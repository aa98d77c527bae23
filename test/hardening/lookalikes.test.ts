// Unicode look-alikes and zero-width characters. Decision (see SECURITY.md):
// - tool NAMES: a look-alike name is folded to the name it imitates (`rм`, `r\u200dm`, `ｒｍ` → rm)
//   and meets its rules. The shell would not find such a name unless someone created it (a
//   symlink `rаilway` → railway), and that is exactly the case that must not slip through.
// - FLAGS: real CLIs (getopt, clap, cobra, Go's flag) recognise options by the ASCII hyphen, so a
//   look-alike "flag" (`‐rf`, `－rf`, `−rf`) is an operand for the tool; guard reads it the same way.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseOptions, type OptionStyle } from '../../src/core/argv/parse-options.js';
import { classifyArgv, indexPacks } from '../../src/core/classify.js';
import { commandName } from '../../src/core/command-name.js';
import { exampleContext } from '../../src/core/example-context.js';
import { builtinPacks } from '../../rules/index.js';
import { runGuard } from '../helpers/run-guard.js';
import { packExamples } from '../helpers/pack-inputs.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';
import { loadSqlParser } from '../../src/io/load-sql-parser.js';

// Judged with what the io layer loads before classifying (the PostgreSQL parser), as the examples are.
const sqlParser = await loadSqlParser();

const index = indexPacks(builtinPacks);
/** Characters that look like an ASCII hyphen-minus. */
const HYPHENS = ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\ufe63', '\uff0d', '\u00ad-'];
/** Ways to disguise a command name. */
function disguises(name: string): string[] {
  const first = name[0] as string;
  const rest = name.slice(1);
  const cyrillic: Record<string, string> = {
    a: 'а',
    e: 'е',
    o: 'о',
    p: 'р',
    c: 'с',
    y: 'у',
    x: 'х',
    i: 'і',
    s: 'ѕ',
    r: 'г',
    m: 'м',
    k: 'к',
    t: 'т',
  };
  const swapped = [...name].map((ch) => cyrillic[ch] ?? ch).join('');
  const fullwidth = [...name]
    .map((ch) => (ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch))
    .join('');
  return [
    `${first}\u200d${rest}`,
    `${first}\u200b${rest}`,
    `\u2060${name}`,
    `${name}\u200e`,
    `${name}\ufeff`,
    `${first}\u00ad${rest}`,
    swapped,
    fullwidth,
  ].filter((d) => d !== name);
}

let world: TempWorld;
before(() => {
  world = createTempWorld();
});
after(() => world.dispose());

test('look-alike command names fold to the command they imitate', () => {
  for (const name of ['rm', 'railway', 'psql', 'terraform', 'kubectl', 'sudo', 'bash']) {
    for (const d of disguises(name)) assert.equal(commandName(d), name, JSON.stringify(d));
  }
  assert.equal(commandName('/usr/bin/r\u043c'), 'rm');
  assert.equal(commandName('\uff0fbin\uff0frm'), 'rm');
  // ASCII names and genuinely different names are left alone.
  assert.equal(commandName('rmdir'), 'rmdir');
  assert.equal(commandName('日本'), '日本');
});

test('every destructive example of every pack, under a disguised command name, still needs confirmation', () => {
  const missed: string[] = [];
  for (const pack of builtinPacks) {
    for (const { rule, example } of packExamples(pack).filter((e) => e.kind === 'destructive')) {
      for (const d of disguises(example.argv[0] as string)) {
        const argv = [d, ...example.argv.slice(1)];
        if (classifyArgv(argv, { ...exampleContext(example), sqlParser }, index).decision !== 'confirm')
          missed.push(`${rule}: ${JSON.stringify(argv)}`);
      }
    }
  }
  assert.deepEqual(missed, []);
});

test('an argument that starts with a look-alike hyphen is an operand, never an option, in every parser style (property)', () => {
  const specs = [
    { id: 'recursive', short: ['r', 'R'], long: ['recursive'] },
    { id: 'force', short: ['f'], long: ['force'] },
    { id: 'env', short: ['e'], long: ['environment'], value: true as const },
  ];
  fc.assert(
    fc.property(
      fc.constantFrom(...HYPHENS),
      fc.string({ maxLength: 12 }),
      fc.constantFrom<OptionStyle>('gnu', 'pflag', 'clap', 'go'),
      (hyphen, body, style) => {
        const arg = `${hyphen}${body}`;
        const parsed = parseOptions([arg, `${hyphen}${hyphen}recursive`, `${hyphen}rf`], specs, { style });
        return parsed.options.length === 0 && parsed.positionals.length === 3;
      },
    ),
    { numRuns: 500 },
  );
});

test('the real rm treats look-alike flags as file operands: a look-alike -rf removes nothing recursively', () => {
  for (const hyphen of HYPHENS) {
    const dir = join(world.root, `victim-${hyphen.codePointAt(0)}`);
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub/file'), 'keep');
    const result = spawnSync('rm', [`${hyphen}rf`, dir], { cwd: world.root, encoding: 'utf8' });
    assert.notEqual(result.status, 0, `rm ${hyphen}rf must fail`);
    assert.equal(existsSync(join(dir, 'sub/file')), true, `rm ${JSON.stringify(hyphen)}rf removed files`);
  }
});

test('guard with a look-alike flag to the real rm: whatever it decides, the directory survives (no terminal)', async () => {
  for (const hyphen of ['\u2010', '\uff0d', '\u2212']) {
    const dir = join(world.root, `guarded-${hyphen.codePointAt(0)}`);
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub/file'), 'keep');
    const result = await runGuard(['rm', `${hyphen}rf`, dir], { cwd: world.root, env: world.env() });
    assert.notEqual(result.code, 0);
    assert.equal(existsSync(join(dir, 'sub/file')), true);
  }
});

test('a look-alike tool name that does not exist on PATH exits 127 and runs nothing', async () => {
  const railway = world.standIn('railway');
  for (const name of ['rai\u200dlway', 'r\u0430ilway', '\uff52ailway']) {
    const result = await runGuard([name, 'volume', '-e', 'production', 'delete', '-v', 'pg-data'], {
      env: world.env(),
    });
    assert.equal(result.code, 127, result.stderr);
    assert.match(result.stderr, /^guard: the real `/);
    assert.doesNotMatch(result.stderr, /\u200d/, 'the name is shown escaped');
    assert.equal(railway.ran(), false);
  }
});

test("a look-alike name that does exist (a symlink to the real tool) meets the real tool's rules: refused, nothing runs", async () => {
  for (const name of ['r\u0430ilway', 'rail\u200bway', '\uff52\uff41\uff49\uff4c\uff57\uff41\uff59']) {
    const railway = world.standIn('railway');
    symlinkSync(join(world.bin, 'railway'), join(world.bin, name));
    const result = await runGuard([name, 'volume', '-e', 'production', 'delete', '-v', 'pg-data', '--yes'], {
      env: world.env(),
    });
    assert.equal(result.code, 77, `${JSON.stringify(name)}: ${result.stderr}`);
    assert.match(result.stderr, /railway\/volume-delete/);
    assert.equal(railway.ran(), false);
    const benign = await runGuard([name, 'status'], { env: world.env() });
    assert.equal(benign.code, 0, benign.stderr);
    assert.equal(railway.ran(), true);
  }
});
