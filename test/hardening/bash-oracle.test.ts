// Parse fidelity with bash as the oracle (issue 16): generated lines of the shapes agents send
// (heredocs inside $(…) for commit and PR bodies, functions, case, for ((…)), process substitution,
// comments, CRLF); every line `bash -n` accepts must parse, and judging it must not report
// shell/unparsable anywhere inside it. Bounded: 400 lines, 60 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { exampleContext } from '../../src/core/example-context.js';
import { analyseLine } from '../../src/core/shell/analyse-line.js';
import { parseShell } from '../../src/core/shell/parse.js';
import { fakeIndex } from '../helpers/fake-packs.js';
import { shellLine } from '../helpers/bash-line-grammar.js';

const bashAccepts = (line: string): boolean =>
  spawnSync('bash', ['-n', '-c', line], { stdio: 'ignore', timeout: 5000 }).status === 0;

test('bash oracle: every generated line bash accepts, guard parses (400 lines, 60 s cap)', () => {
  const deadline = Date.now() + 60_000;
  let accepted = 0;
  fc.assert(
    fc.property(shellLine, (line) => {
      if (Date.now() > deadline || !bashAccepts(line)) return true;
      accepted++;
      parseShell(line);
      const unparsable = analyseLine(line, exampleContext({ argv: [] }), fakeIndex).filter(
        (f) => f.rule === 'shell/unparsable',
      );
      assert.deepEqual(
        unparsable.map((f) => f.details.join(' ')),
        [],
      );
      return true;
    }),
    { numRuns: 400, seed: 16 },
  );
  // The oracle must really have been asked: most generated lines are valid bash.
  assert.ok(accepted >= 150, `bash accepted only ${accepted} lines`);
});

test('bash oracle: the shapes the issue names parse, and bash agrees they are valid', () => {
  const lines = [
    "git commit -m \"$(cat <<'EOF'\nFix the parser\n\nIt's done (really).\nEOF\n)\"",
    'gh pr create --title x --body "$(cat <<EOF\n## Summary\n- one (two)\n- it\'s "quoted"\nEOF\n)"',
    "git commit -F - <<'EOF'\nSubject\n\nbody with 'quotes' and (parens)\nEOF",
    "x=$(cat <<-'X'\n\tbody ) here\n\tX\n)",
    'echo "$(case $1 in a) echo a;; *) echo b;; esac)"',
    'for ((i=0; i<3; i++)); do echo $i; done',
    'time { ls; }',
    'ls -la\r\ngit status\r\n',
    'cleanup() { local dir=$1; rm -rf "$dir"/*; }; cleanup ./dist',
  ];
  for (const line of lines) {
    assert.ok(bashAccepts(line), `bash rejects ${JSON.stringify(line)}`);
    assert.doesNotThrow(() => parseShell(line), JSON.stringify(line));
  }
});
