import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readValue, scanCode } from '../../../src/core/unwrap/interpreter-code.js';
import { programOf } from '../../../src/core/unwrap/interpreters.js';
import { parseShellArgs } from '../../../src/core/unwrap/shells.js';

test('readValue: literals, lists, and what guard cannot read', () => {
  assert.deepEqual(readValue(`'a b'`, 'python'), { kind: 'string', value: 'a b' });
  assert.deepEqual(readValue(`"a\\nb"`, 'python'), { kind: 'string', value: 'a\nb' });
  assert.deepEqual(readValue(`r"a\\nb"`, 'python'), { kind: 'string', value: 'a\\nb' });
  assert.deepEqual(readValue(`["rm", '-rf', "/x"]`, 'python'), { kind: 'list', values: ['rm', '-rf', '/x'] });
  assert.equal(readValue(`f"rm {x}"`, 'python').kind, 'other');
  assert.equal(readValue(`["rm", x]`, 'python').kind, 'other');
  assert.equal(readValue('cmd', 'python').kind, 'other');
  assert.equal(readValue('`rm ${x}`', 'node').kind, 'other');
  assert.deepEqual(readValue('`ls`', 'node'), { kind: 'string', value: 'ls' });
  assert.equal(readValue('"rm #{dir}"', 'ruby').kind, 'other');
  assert.equal(readValue('"rm $dir"', 'perl').kind, 'other');
  assert.deepEqual(readValue("'rm $dir'", 'perl'), { kind: 'string', value: 'rm $dir' });
  assert.equal(readValue(`"a" + b`, 'node').kind, 'other');
});

test('scanCode: shell calls, argv calls, tree deletes', () => {
  assert.deepEqual(
    scanCode(`import os; os.system("ls"); os.popen('rm -rf /x')`, 'python').map((a) => a.kind),
    ['shell', 'shell'],
  );
  assert.deepEqual(scanCode(`subprocess.check_call(["git", "push"])`, 'python'), [
    { kind: 'argv', call: 'subprocess.check_call', argv: ['git', 'push'] },
  ]);
  assert.deepEqual(scanCode(`shutil.rmtree("/srv/data", ignore_errors=True)`, 'python'), [
    { kind: 'remove', call: 'shutil.rmtree', path: '/srv/data', recursive: true },
  ]);
  assert.deepEqual(scanCode(`fs.rmSync("x")`, 'node'), [
    { kind: 'remove', call: 'rmSync', path: 'x', recursive: false },
  ]);
  assert.deepEqual(scanCode(`fs.promises.rm("x", { recursive: true })`, 'node'), [
    { kind: 'remove', call: 'rm', path: 'x', recursive: true },
  ]);
  assert.deepEqual(scanCode(`execFileSync("terraform", ["destroy"])`, 'node'), [
    { kind: 'argv', call: 'execFileSync', argv: ['terraform', 'destroy'] },
  ]);
  assert.deepEqual(scanCode(`system "rm -rf /x"`, 'perl'), [{ kind: 'shell', call: 'system', line: 'rm -rf /x' }]);
  assert.deepEqual(scanCode('print qx{ls /}', 'perl'), [{ kind: 'shell', call: 'backticks', line: 'ls /' }]);
  assert.deepEqual(scanCode('FileUtils.rm_rf(dir)', 'ruby'), [
    { kind: 'opaque', call: 'FileUtils.rm_rf', text: 'dir' },
  ]);
  assert.deepEqual(scanCode('console.log("os.system(1)")', 'node'), []);
});

test('programOf: where the program text is', () => {
  assert.deepEqual(programOf(['-u', '-c', 'print(1)'], 'python'), { code: 'print(1)', readsStdin: false });
  assert.deepEqual(programOf(['-cprint(1)'], 'python'), { code: 'print(1)', readsStdin: false });
  assert.deepEqual(programOf(['-m', 'pip', 'install', 'x'], 'python'), { readsStdin: false });
  assert.deepEqual(programOf(['script.py'], 'python'), { readsStdin: false });
  assert.deepEqual(programOf([], 'python'), { readsStdin: true });
  assert.deepEqual(programOf(['-'], 'python'), { readsStdin: true });
  assert.deepEqual(programOf(['--eval=1+1'], 'node'), { code: '1+1', readsStdin: false });
  assert.deepEqual(programOf(['-pe', 'x'], 'node'), { code: 'x', readsStdin: false });
  assert.deepEqual(programOf(['-l', '-ne', 'print', '-e', 'exit'], 'perl'), { code: 'print\nexit', readsStdin: false });
  assert.deepEqual(programOf(['-i.bak', '-pe', 's/a/b/', 'f'], 'perl'), { code: 's/a/b/', readsStdin: false });
  assert.deepEqual(programOf(['-rjson', '-e', 'puts 1'], 'ruby'), { code: 'puts 1', readsStdin: false });
});

test('parseShellArgs: -c in bundles, options with values, scripts, stdin', () => {
  assert.deepEqual(parseShellArgs(['-c', 'ls', 'name', 'a']), {
    script: 'ls',
    params: ['name', 'a'],
    readsStdin: false,
  });
  assert.deepEqual(parseShellArgs(['-euxc', 'ls']), { script: 'ls', params: [], readsStdin: false });
  assert.deepEqual(parseShellArgs(['-o', 'pipefail', '-c', 'ls']), { script: 'ls', params: [], readsStdin: false });
  assert.deepEqual(parseShellArgs(['--norc', '-lc', 'ls']), { script: 'ls', params: [], readsStdin: false });
  assert.deepEqual(parseShellArgs(['deploy.sh', 'prod']), { file: 'deploy.sh', params: ['prod'], readsStdin: false });
  assert.deepEqual(parseShellArgs(['-s', 'arg']), { params: ['arg'], readsStdin: true });
  assert.deepEqual(parseShellArgs([]), { params: [], readsStdin: true });
});
