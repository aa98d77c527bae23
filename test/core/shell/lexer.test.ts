import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseShell } from '../../../src/core/shell/parse.js';
import { literalText, type Command, type List } from '../../../src/core/shell/syntax.js';

/** Every simple command's words (literal text, or the raw word), in order, flattened. */
function commands(list: List): string[][] {
  const out: string[][] = [];
  const visit = (c: Command): void => {
    if (c.kind === 'simple') out.push(c.words.map((w) => literalText(w) ?? `<${w.raw}>`));
    else if (c.kind === 'function') visit(c.body);
    else for (const p of c.body.pipelines) p.commands.forEach(visit);
  };
  for (const p of list.pipelines) p.commands.forEach(visit);
  return out;
}

const cases: [string, string[][]][] = [
  ['a; b && c || d | e & f', [['a'], ['b'], ['c'], ['d'], ['e'], ['f']]],
  ['a\nb', [['a'], ['b']]],
  ['echo \'x y\' "z $HOME" w\\ v', [['echo', 'x y', '<"z $HOME">', 'w v']]],
  ["r''m -rf x", [['rm', '-rf', 'x']]],
  ['\\rm "-rf" x', [['rm', '-rf', 'x']]],
  ["$'\\x72m' -r", [['rm', '-r']]],
  ['(cd a && rm x); { b; c; }', [['cd', 'a'], ['rm', 'x'], ['b'], ['c']]],
  ['if true; then rm -rf x; else echo; fi', [['true'], ['rm', '-rf', 'x'], ['echo']]],
  ['for f in *.log; do rm "$f"; done', [['rm', '<"$f">']]],
  ['while read l; do echo $l; done < file', [['read', 'l'], ['echo', '<$l>'], []]],
  ['case $x in a) rm -rf a ;; b|c) ls ;; esac', [['rm', '-rf', 'a'], ['ls']]],
  ['f() { rm -rf x; }; f', [['rm', '-rf', 'x'], ['f']]],
  ['echo hi > out 2>&1 < in', [['echo', 'hi']]],
  ['(( i++ )); echo', [['i++'], ['echo']]],
  [
    '[[ -d x && -f y ]] && rm x',
    [
      ['[[', '-d', 'x', '&&', '-f', 'y', ']]'],
      ['rm', 'x'],
    ],
  ],
  ['echo # rm -rf /', [['echo']]],
  ['a |\n b', [['a'], ['b']]],
  ['echo `date` $(ls "a)b")', [['echo', '<`date`>', '<$(ls "a)b")>']]],
];

for (const [line, expected] of cases) {
  test(`parse: ${JSON.stringify(line)}`, () => assert.deepEqual(commands(parseShell(line)), expected));
}

test('heredoc bodies attach to their command', () => {
  const list = parseShell("psql <<'SQL'\ndrop table x;\nSQL\necho done");
  const first = list.pipelines[0]?.commands[0];
  assert.equal(first?.kind, 'simple');
  assert.equal(first?.kind === 'simple' ? first.redirects[0]?.heredoc?.body : '', 'drop table x;\n');
  assert.deepEqual(commands(list), [['psql'], ['echo', 'done']]);
});

test('<<- strips leading tabs', () => {
  const list = parseShell('cat <<-EOF\n\tone\n\tEOF\n');
  const first = list.pipelines[0]?.commands[0];
  assert.equal(first?.kind === 'simple' ? first.redirects[0]?.heredoc?.body : '', 'one\n');
});

for (const bad of ['echo "x', "echo 'x", 'echo $(ls', 'echo `x', '( echo', 'echo )', '{ echo']) {
  test(`syntax error: ${JSON.stringify(bad)}`, () => assert.throws(() => parseShell(bad)));
}

test('a heredoc delimiter with any quoting is literal (the body is not expanded), an unquoted one is not', () => {
  const literal = (line: string): boolean | undefined => {
    const first = parseShell(line).pipelines[0]?.commands[0];
    return first?.kind === 'simple' ? first.redirects[0]?.heredoc?.literal : undefined;
  };
  assert.equal(literal("cat <<'EOF'\n$(rm -rf x)\nEOF\n"), true);
  assert.equal(literal('cat <<"EOF"\nx\nEOF\n'), true);
  assert.equal(literal('cat <<\\EOF\nx\nEOF\n'), true);
  assert.equal(literal("cat <<''EOF\nx\nEOF\n"), true);
  assert.equal(literal("cat <<E''OF\nx\nEOF\n"), true);
  assert.equal(literal('cat <<EOF\nx\nEOF\n'), false);
});

test("empty quotes keep a word, and join the text around them: '' \"\" a''b", () => {
  assert.deepEqual(commands(parseShell("printf '' \"\" a''b ''''")), [['printf', '', '', 'ab', '']]);
});
