// One Makefile reader and one justfile reader (src/core/follow/) for `guard scan` and for following
// make and just: both see the same commands, with make's and just's own semantics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// The follow handlers import each other through their index: load it first, as guard does.
import '../../../src/core/follow/index.js';
import { expandMake, parseMakefile } from '../../../src/core/follow/makefile.js';
import { parseTaskfile } from '../../../src/core/follow/taskfile.js';
import { scriptUnits } from '../../../src/core/scan/extract-commands.js';
import { UNKNOWN } from '../../../src/core/unwrap/invocation.js';

test("a recipe line continued with a backslash reaches the shell joined, without the next line's tab", () => {
  const makefile = parseMakefile('clean:\n\trm -rf /ho\\\n\tme\n', 'Makefile', () => undefined);
  assert.deepEqual(makefile.rules.get('clean')?.[0]?.recipe, [{ text: 'rm -rf /home', line: 2, file: 'Makefile' }]);
});

test("make's built-in variables are defined: $(RM) is rm -f", () => {
  const makefile = parseMakefile('x:\n\t$(RM) -r /srv\n', 'Makefile', () => undefined);
  assert.equal(expandMake('$(RM) -r /srv', makefile.vars, {}), 'rm -f -r /srv');
});

test('scan reads recipes with the same reader: undefined variables are empty, functions unknown, $$ is $', () => {
  const text = 'OUT := build\nclean:\n\trm -rf $(OUT) $(CACHE_DIR)/x $$HOME\n\t@$(RM) $(shell pwd)/data\nVAR = 1\n';
  assert.deepEqual(scriptUnits('makefile', text), [
    { line: 3, lines: ['rm -rf build /x $HOME'] },
    { line: 4, lines: [`rm -f ${UNKNOWN}/data`] },
  ]);
});

test('a rule with several targets lists its recipe once', () => {
  assert.deepEqual(scriptUnits('makefile', 'a b:\n\trm -rf out\n'), [{ line: 2, lines: ['rm -rf out'] }]);
});

test('scan reads justfiles with the reader `just` is followed with: static variables filled, parameters unknown', () => {
  const text =
    "dir := 'out'\nclean target:\n    rm -rf {{dir}}/{{target}}\n    # a comment\n    -rm -rf {{ dir + '/x' }}\n";
  assert.deepEqual(scriptUnits('justfile', text), [
    { line: 3, lines: [`rm -rf out/${UNKNOWN}`] },
    { line: 5, lines: [`rm -rf ${UNKNOWN}`] },
  ]);
});

test('Taskfile scalars are read as guard scan reads YAML: comments, quotes, block scalars with their lines', () => {
  const text =
    "version: '3'\ntasks:\n  clean:\n    cmds:\n      - rm -rf out # the build\n      - 'echo ''done'''\n      - cmd: >\n          rm -rf\n          /srv/data\n      - |\n        if true; then\n          rm -rf /tmp/x\n        fi\n";
  assert.deepEqual(parseTaskfile(text).get('clean')?.steps, [
    { cmd: 'rm -rf out', line: 5 },
    { cmd: "echo 'done'", line: 6 },
    { cmd: 'rm -rf /srv/data', line: 8 },
    { cmd: 'if true; then\n  rm -rf /tmp/x\nfi', line: 11 },
  ]);
});
