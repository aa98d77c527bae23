// Every guard command (and subcommand) prints two or three real examples under --help, each a guard
// command line whose subcommand and options that command really has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runGuard } from '../helpers/run-guard.js';

const top = await runGuard(['--help']);
const names = [...top.stdout.matchAll(/^ {2}([a-z-]+)(?: \[options\]| <\w+>| \[[\w.]+\])*\s{2,}/gm)]
  .map((m) => m[1] as string)
  .filter((n) => n !== 'help');

test('the command list was read from guard --help', () => {
  assert.ok(names.includes('scan') && names.includes('doctor') && names.length >= 15, names.join(' '));
});

async function examplesOf(path: string[]): Promise<{ examples: string[]; help: string }> {
  const result = await runGuard([...path, '--help']);
  assert.equal(result.code, 0, result.stderr);
  const block = result.stdout.split('\nExamples:\n')[1] ?? '';
  return {
    examples: block
      .split('\n')
      .filter((l) => l.startsWith('  '))
      .map((l) => l.trim()),
    help: result.stdout,
  };
}

test('every command has two or three examples that use its own options', async () => {
  const paths: string[][] = names.map((n) => [n]);
  for (const parent of ['rules', 'log']) {
    const { help } = await examplesOf([parent]);
    for (const m of help.matchAll(/^ {2}([a-z]+)(?: \[options\]| <\w+>)*\s{2,}/gm))
      if (m[1] !== 'help') paths.push([parent, m[1] as string]);
  }
  for (const path of paths) {
    const { examples, help } = await examplesOf(path);
    assert.ok(
      examples.length >= 2 && examples.length <= 3,
      `guard ${path.join(' ')} --help has ${examples.length} examples`,
    );
    const own = examples.filter(
      (e) => e.startsWith(`guard ${path.join(' ')}`) || e.includes(`guard ${path.join(' ')} `),
    );
    assert.ok(own.length >= 1, `guard ${path.join(' ')}: no example runs it:\n${examples.join('\n')}`);
    for (const example of own) {
      const rest = example
        .slice(example.indexOf(`guard ${path.join(' ')}`) + `guard ${path.join(' ')}`.length)
        .replace(/\s+#.*$/, '');
      // guard's own options: not those inside quotes or after `--` (they belong to the judged command).
      const ownPart = rest.replace(/'[^']*'|"[^"]*"/g, '').split(/ -- |\s(?:&&|\|\|?|;|>>?)\s/)[0] ?? '';
      for (const option of ownPart.match(/(?<=\s)--?[a-z][\w-]*/g) ?? []) {
        assert.ok(
          new RegExp(`(^|[ ,])${option}\\b`, 'm').test(help.split('\nExamples:\n')[0] as string),
          `guard ${path.join(' ')}: example uses ${option}, which it does not have`,
        );
      }
    }
  }
});
