// The extractors keep each command's line: YAML block and folded scalars, GitLab lists, compose
// exec forms, Makefile continuations and variables, justfile shebang recipes, heredocs kept whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logicalLines, numbered } from '../../../src/core/scan/command-lines.js';
import { scriptUnits } from '../../../src/core/scan/extract-commands.js';
import { fileKind } from '../../../src/core/scan/file-kind.js';
import { UNKNOWN } from '../../../src/core/unwrap/invocation.js';

test('file kinds', () => {
  assert.equal(fileKind('.github/workflows/deploy.yaml'), 'github-actions');
  assert.equal(fileKind('ci/.gitlab-ci.yml'), 'gitlab-ci');
  assert.equal(fileKind('compose.prod.yaml'), 'compose');
  assert.equal(fileKind('build/rules.mk'), 'makefile');
  assert.equal(fileKind('Dockerfile.dev'), 'dockerfile');
  assert.equal(fileKind('bin/deploy', '#!/usr/bin/env bash'), 'shell');
  assert.equal(fileKind('bin/tool', '#!/usr/bin/env python3'), undefined);
  assert.equal(fileKind('config.yml'), undefined);
});

test('GitHub Actions: inline, block (with its first line number) and folded run values', () => {
  const text =
    'jobs:\n  a:\n    steps:\n      - run: echo one\n      - name: two\n        run: |\n          make a\n\n          make b\n      - run: >-\n          terraform destroy\n          -auto-approve\n';
  assert.deepEqual(scriptUnits('github-actions', text), [
    { line: 4, lines: ['echo one'] },
    { line: 7, lines: ['make a', '', 'make b'] },
    { line: 11, lines: ['terraform destroy -auto-approve'] },
  ]);
});

test('GitLab CI: list items, quoted items, block items, flow lists', () => {
  const text =
    'job:\n  script:\n    - npm test\n    - \'rm -rf /x\'\n    - |\n      a\n      b\n  after_script: ["echo done"]\n';
  assert.deepEqual(scriptUnits('gitlab-ci', text), [
    { line: 3, lines: ['npm test'] },
    { line: 4, lines: ['rm -rf /x'] },
    { line: 6, lines: ['a', 'b'] },
    { line: 8, lines: ['echo done'] },
  ]);
});

test('Makefile: recipe continuations, $(VAR) from the file, $$ as $, only recipe lines', () => {
  const text = 'DIR := out\nall:\n\t@rm -rf $(DIR) \\\n\t  $$HOME/x\nVAR = 1\n';
  assert.deepEqual(scriptUnits('makefile', text), [{ line: 3, lines: ['rm -rf out   $HOME/x'] }]);
});

test('justfile: each recipe line; a shebang recipe is one script', () => {
  const text = 'a:\n    echo {{x}}\n    -rm -rf y\n\nb:\n    #!/usr/bin/env bash\n    set -e\n    rm -rf z\n';
  assert.deepEqual(scriptUnits('justfile', text), [
    { line: 2, lines: [`echo ${UNKNOWN}`] },
    { line: 3, lines: ['rm -rf y'] },
    { line: 7, lines: ['set -e', 'rm -rf z'] },
  ]);
});

test('Dockerfile: RUN with continuations and --mount options; exec form quoted', () => {
  const text =
    'FROM x\nRUN --mount=type=cache,target=/c apt-get update && \\\n  # a comment\n  rm -rf /var/lib/apt\nRUN ["sh", "-c", "rm -rf /data"]\n';
  assert.deepEqual(scriptUnits('dockerfile', text), [
    { line: 2, lines: ['apt-get update &&   rm -rf /var/lib/apt'] },
    { line: 5, lines: ["sh -c 'rm -rf /data'"] },
  ]);
});

test('compose: string, flow list and block list commands', () => {
  const text =
    'services:\n  a:\n    command: npm start\n  b:\n    entrypoint: ["sh", "-c", "x y"]\n  c:\n    command:\n      - psql\n      - -c\n      - DROP TABLE t\n';
  assert.deepEqual(scriptUnits('compose', text), [
    { line: 3, lines: ['npm start'] },
    { line: 5, lines: ["sh -c 'x y'"] },
    { line: 7, lines: ["psql -c 'DROP TABLE t'"] },
  ]);
});

test('package.json: each script at the line of its name', () => {
  const text = '{\n  "name": "x",\n  "scripts": {\n    "clean": "rm -rf dist",\n    "name": "echo hi"\n  }\n}\n';
  assert.deepEqual(scriptUnits('package-json', text), [
    { line: 4, lines: ['rm -rf dist'] },
    { line: 5, lines: ['echo hi'] },
  ]);
});

test('logical lines: continuations joined at their first line, heredoc bodies kept with their command', () => {
  const lines = numbered(['a \\', '  b', 'cat <<EOF', 'rm -rf /', 'EOF', '# comment', 'r\\', 'm -rf ~'], 10);
  assert.deepEqual(logicalLines(lines), [
    { line: 10, command: 'a   b' },
    { line: 12, command: 'cat <<EOF\nrm -rf /\nEOF' },
    { line: 16, command: 'rm -rf ~' }, // a word split across lines is joined, as the shell joins it
  ]);
});
