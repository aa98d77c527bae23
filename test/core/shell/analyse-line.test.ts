import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judge, type World } from '../../helpers/shell-world.js';

const RM_ROOT = 'rm/recursive-critical /@local';
const TF = (env: string): string => `terraform/destroy infra@${env}`;

// [line, expected findings, fixture world]
const cases: [string, string[], World?][] = [
  // plain and compound
  ['rm -rf /', [RM_ROOT]],
  ['ls && rm -rf / || true', [RM_ROOT]],
  ['ls; rm -rf ~', ['rm/recursive-critical /home/user@local']],
  ['true | rm -rf /', [RM_ROOT]],
  ['sleep 1 & rm -rf /', [RM_ROOT]],
  ['ls\nrm -rf /', [RM_ROOT]],
  ['(rm -rf /)', [RM_ROOT]],
  ['{ rm -rf /; }', [RM_ROOT]],
  ['echo $(rm -rf /)', [RM_ROOT]],
  ['echo `rm -rf /`', [RM_ROOT]],
  ['x="$(rm -rf /)"', [RM_ROOT]],
  ['if [ -d x ]; then rm -rf /; fi', [RM_ROOT]],
  ['for d in a b; do rm -rf /; done', [RM_ROOT]],
  ['cat <(rm -rf /)', [RM_ROOT]],
  // arithmetic: bash falls back to subshells when the text is not arithmetic
  ['(( 1 << 2 ))\nrm -rf /', [RM_ROOT]],
  ['echo $((rm -rf /))', [RM_ROOT]],
  ['((rm -rf /))', [RM_ROOT]],
  ['echo $((1 + 2)); (( i++ ))', []],
  // brace expansion
  ['rm -rf {/,x}', [RM_ROOT]],
  ['rm -rf ~/{a,b}', ['rm/recursive-critical /home/user/a@local', 'rm/recursive-critical /home/user/b@local']],
  ["rm -rf '{/,x}'", []],
  ['echo {1..3}; rm -rf build/{a,b}', []],
  // quoting tricks
  ['\\rm -rf /', [RM_ROOT]],
  ["r''m -rf /", [RM_ROOT]],
  ['"rm" -rf /', [RM_ROOT]],
  ['/bin/rm -rf /', [RM_ROOT]],
  ["$'rm' -rf /", [RM_ROOT]],
  ['rm -rf "/"', [RM_ROOT]],
  // cd changes the directory later commands are judged in
  ['cd infra && terraform destroy -auto-approve', [TF('default')], { dirs: ['/home/user/project/infra'] }],
  ['cd / && rm -rf *', [RM_ROOT]],
  ['cd /tmp && rm -rf build', []],
  ['(cd /tmp) && rm -rf build', []],
  ['cd .. && rm -rf project', ['rm/recursive-critical /home/user/project@local']],
  [
    'cd "$(git rev-parse --show-toplevel)" && rm -rf build',
    [],
    { cwd: '/home/user/project/src/deep', dirs: ['/home/user/project/src/deep'] },
  ],
  [
    'cd "$(git rev-parse --show-toplevel)"/.. && rm -rf *',
    ['rm/recursive-critical /home/user@local'],
    { cwd: '/home/user/project/src', dirs: ['/home/user/project/src'] },
  ],
  ['rm -rf "$(pwd)"', ['rm/recursive-critical /home/user/project@local']],
  ['cd $UNSET_DIR && rm -rf *', ['rm/recursive-critical /home/user@local']],
  ['cd "$WORK" && rm -rf build', ['rm/recursive-critical /home/user/build@local']],
  // assignments feed the environment
  ['TF_WORKSPACE=prod terraform destroy', ['terraform/destroy project@prod']],
  ['export TF_WORKSPACE=prod; cd infra; terraform destroy', [TF('prod')]],
  [
    'TF_WORKSPACE=prod; terraform destroy',
    ['terraform/destroy project@default'],
    { note: 'not exported: terraform does not see it' },
  ],
  ['D=/; rm -rf $D', [RM_ROOT]],
  ['rm -rf $HOME', ['rm/recursive-critical /home/user@local']],
  ['rm -rf ~/', ['rm/recursive-critical /home/user@local']],
  // heredocs and here-strings are stdin
  ["psql <<'SQL'\ndrop table users;\nSQL", ['psql/drop users@unknown']],
  ['psql -h db.prod <<< "DROP DATABASE app"', ['psql/drop app@db.prod']],
  ['psql < drop.sql', ['psql/drop t@unknown'], { files: { '/home/user/project/drop.sql': 'drop table t;' } }],
  ['cat <<EOF\n$(rm -rf /)\nEOF', [RM_ROOT]],
  ['cat <<EOF\n`rm -rf /`\nEOF', [RM_ROOT]],
  ["cat <<'EOF'\n$(rm -rf /)\nEOF", []],
  // benign look-alikes
  ['echo "rm -rf /"', []],
  ['grep -r "DROP TABLE" .', []],
  ['git commit -m "drop table users"', []],
  ["printf '%s' 'terraform destroy'", []],
  ['cat <<EOF\nrm -rf /\nEOF', []],
  ['rm -rf node_modules dist build coverage', []],
  ['rm -rf /tmp/build-123', []],
  ['ls -la | grep rm', []],
  ['echo "$(date)" > /tmp/x', []],
  ['terraform plan', []],
  ['echo terraform destroy', []],
  ['# rm -rf /', []],
  ['psql -c "select 1"', []],
];

for (const [line, expected, world] of cases) {
  test(`line: ${JSON.stringify(line)}`, () => assert.deepEqual(judge(line, world), expected));
}
