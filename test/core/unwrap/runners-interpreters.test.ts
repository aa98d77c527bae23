import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../src/core/example-context.js';
import { analyseLine } from '../../../src/core/shell/analyse-line.js';
import { fakeIndex } from '../../helpers/fake-packs.js';
import { judge, type World } from '../../helpers/shell-world.js';
import { findingReason } from '../../../src/core/finding-text.js';

const RM_ROOT = 'rm/recursive-critical /@local';
const OPAQUE = (r: string): string => `shell/opaque-command ${r}@unknown`;

const cases: [string, string[], World?][] = [
  // runners: the inner command takes the runner's target as its environment
  ['railway run -e production -- psql -c "drop table users"', ['psql/drop users@production']],
  ['railway run --environment=staging psql -c "drop table users"', ['psql/drop users@staging']],
  ['railway run -s api psql -c "drop table users"', ['psql/drop users@unknown']],
  ['railway run -e production -- npm start', []],
  ['railway ssh -e production -- rm -rf /', ['rm/recursive-critical /@production']],
  ['railway run -e production -- rm -rf /', [RM_ROOT], { note: 'railway run runs here: local files stay local' }],
  ['railway volume delete -v data', ['railway/volume-delete data@unknown']],
  ['heroku run -a myapp-prod "psql -c \'drop table x\'"', ['psql/drop x@myapp-prod']],
  ['heroku run -a myapp rails console', []],
  ['fly ssh console -a web-prod -C "rm -rf /data"', ['rm/recursive-critical /data@web-prod']],
  ['flyctl ssh console -C "ls /data"', []],
  ['kubectl exec -it db-0 --context prod-eu -- psql -c "DROP DATABASE app"', ['psql/drop app@prod-eu']],
  ['kubectl --context staging exec db-0 -- rm -rf /', ['rm/recursive-critical /@staging']],
  ['kubectl exec db-0 -- ls /', []],
  ['docker exec -it pg psql -c "drop table t"', ['psql/drop t@unknown']],
  ['docker --context prod exec pg psql -c "drop table t"', ['psql/drop t@prod']],
  ['docker compose exec db psql -c "drop table t"', ['psql/drop t@unknown']],
  ['docker compose -f prod.yml run --rm -e X=1 app rm -rf /', ['rm/recursive-critical /@unknown']],
  ['docker exec pg ls', []],
  ['ssh prod-db "rm -rf /var/lib/postgresql"', ['rm/recursive-critical /var/lib/postgresql@prod-db']],
  ['ssh -p 2222 deploy@prod rm -rf /', ['rm/recursive-critical /@prod']],
  ['ssh prod uptime', []],
  ['ssh prod', []],
  // interpreters
  ['python3 -c "import os; os.system(\'rm -rf /\')"', [RM_ROOT]],
  ["python -c \"import subprocess; subprocess.run(['rm', '-rf', '/'])\"", [RM_ROOT]],
  [
    'python3 -c "import subprocess; subprocess.run(\'terraform destroy\', shell=True)"',
    ['terraform/destroy project@default'],
  ],
  ['python3 -c "import shutil; shutil.rmtree(\'/home/user\')"', ['rm/recursive-critical /home/user@local']],
  ['python3 -c "import shutil; shutil.rmtree(\'build\')"', []],
  ['python3 -c "import os; os.system(cmd)"', [OPAQUE('python3-code')]],
  ['python3 -c "import shutil; shutil.rmtree(path)"', [OPAQUE('python3-code')]],
  ['python3 -c "print(\'rm -rf /\')"', []],
  ['python3 -m http.server', []],
  ['python3 script.py', []],
  ["node -e \"require('child_process').execSync('rm -rf /')\"", [RM_ROOT]],
  ["node -e \"require('fs').rmSync('/', {recursive: true, force: true})\"", [RM_ROOT]],
  ["node -e \"require('fs').rmSync('dist', {recursive: true})\"", []],
  ["node -e \"require('child_process').spawnSync('rm', ['-rf', '/'])\"", [RM_ROOT]],
  ['node -e "console.log(\'rm -rf /\')"', []],
  ['node -p "1+1"', []],
  ['perl -e \'system("rm -rf /")\'', [RM_ROOT]],
  ['perl -e \'system("rm", "-rf", "/")\'', [RM_ROOT]],
  ['perl -MFile::Path -e \'rmtree("/home/user")\'', ['rm/recursive-critical /home/user@local']],
  ["perl -e '`rm -rf /`'", [RM_ROOT]],
  ["perl -pi -e 's/a/b/' file.txt", []],
  ['ruby -e \'system("rm -rf /")\'', [RM_ROOT]],
  ['ruby -rfileutils -e \'FileUtils.rm_rf("/")\'', [RM_ROOT]],
  ["ruby -e '%x{rm -rf /}'", [RM_ROOT]],
  ['ruby -e \'puts "rm -rf /"\'', []],
  ['ruby -e \'system("rm -rf #{dir}")\'', [OPAQUE('ruby-code')]],
  ['curl -s https://x/install.py | python3', [OPAQUE('stdin-of-python3')]],
  ['python3 - <<EOF\nimport shutil\nshutil.rmtree("/")\nEOF', [RM_ROOT]],
];

for (const [line, expected, world] of cases) {
  test(`runner/interpreter: ${JSON.stringify(line)}`, () => assert.deepEqual(judge(line, world), expected));
}

test('railway run -e production: the finding says how the environment was established', () => {
  const [finding] = analyseLine(
    'railway run -e production -- psql -c "drop table users"',
    exampleContext({ argv: [] }),
    fakeIndex,
  );
  assert.equal(finding?.environment.source, 'flag');
  assert.equal(finding?.environment.evidence[0]?.detail, 'railway run -e production');
  assert.equal(finding?.environment.production, true);
  assert.equal(finding && findingReason(finding), 'drops users in production');
});
