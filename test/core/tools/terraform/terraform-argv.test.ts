import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitTerraformArgv } from '../../../../src/core/tools/terraform/terraform-argv.js';
import { injectedArgs, splitEnvArgs } from '../../../../src/core/tools/terraform/env-args.js';

test('-chdir before the subcommand; the last one wins; after the subcommand it is an argument', () => {
  assert.equal(splitTerraformArgv(['-chdir=a', '-chdir=b', 'destroy'], {}).chdir, 'b');
  const late = splitTerraformArgv(['destroy', '-chdir=x'], {});
  assert.equal(late.chdir, undefined);
  assert.deepEqual(late.args, ['-chdir=x']);
});

test('nested subcommands are joined; unknown second words stay arguments', () => {
  assert.deepEqual(splitTerraformArgv(['state', 'rm', 'a.b'], {}).subcommand, ['state', 'rm']);
  assert.deepEqual(splitTerraformArgv(['workspace', 'delete', 'x'], {}).args, ['x']);
  assert.deepEqual(splitTerraformArgv(['apply', 'rm'], {}).subcommand, ['apply']);
  assert.deepEqual(splitTerraformArgv([], {}).subcommand, []);
});

test('TF_CLI_ARGS_<sub> then TF_CLI_ARGS go right after the subcommand', () => {
  const env = { TF_CLI_ARGS: '-no-color', TF_CLI_ARGS_apply: '-destroy -auto-approve' };
  const split = splitTerraformArgv(['apply', 'plan.out'], env);
  assert.deepEqual(split.args, ['-destroy', '-auto-approve', '-no-color', 'plan.out']);
  assert.deepEqual(
    split.injected.map((x) => x.variable),
    ['TF_CLI_ARGS_apply', 'TF_CLI_ARGS'],
  );
  assert.deepEqual(injectedArgs(['state', 'rm'], { TF_CLI_ARGS_state_rm: '-lock=false' })[0]?.args, ['-lock=false']);
  assert.deepEqual(
    injectedArgs(['force-unlock'], { TF_CLI_ARGS_force_unlock: '-force' })[0]?.variable,
    'TF_CLI_ARGS_force_unlock',
  );
  assert.deepEqual(injectedArgs(['plan'], { TF_CLI_ARGS_apply: '-destroy' }), []);
});

test('env args split like a shell, without expanding variables', () => {
  assert.deepEqual(splitEnvArgs(`-var 'name=a b' -target="x.y" $HOME`), ['-var', 'name=a b', '-target=x.y', '$HOME']);
});

test('env args keep globs, # and empty quoted words as text (shell-quote turned them into "glob" and objects)', () => {
  assert.deepEqual(splitEnvArgs(`-target=module.* -var x=1 # note ''`), [
    '-target=module.*',
    '-var',
    'x=1',
    '#',
    'note',
    '',
  ]);
  assert.deepEqual(splitEnvArgs(`-var "a=\\"q\\"" b\\ c`), ['-var', 'a="q"', 'b c']);
});

test('-h, -help, --help anywhere before -- mean help', () => {
  assert.equal(splitTerraformArgv(['destroy', '-auto-approve', '-help'], {}).help, true);
  assert.equal(splitTerraformArgv(['-h', 'destroy'], {}).help, true);
  assert.equal(splitTerraformArgv(['apply'], { TF_CLI_ARGS: '--help' }).help, true);
  assert.equal(splitTerraformArgv(['destroy', '--', '-help'], {}).help, false);
});
