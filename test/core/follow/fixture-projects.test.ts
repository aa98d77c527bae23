// Following what a command will run, from the files of a fixture project: each destructive script,
// recipe or task is caught with the file and line that destroys; build, test, lint and clean of build
// output pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../src/core/example-context.js';
import { indexPacks } from '../../../src/core/classify.js';
import { analyseLine } from '../../../src/core/shell/analyse-line.js';
import { builtinPacks } from '../../../rules/index.js';
import { projectFiles } from '../../helpers/follow-project.js';
import { findingReason } from '../../../src/core/finding-text.js';

const index = indexPacks(builtinPacks);

function judge(line: string, extra: Record<string, string> = {}): { rules: string[]; text: string } {
  const ctx = exampleContext({ argv: [], files: { ...projectFiles(), ...extra } });
  const findings = analyseLine(line, ctx, index);
  return {
    rules: findings.map((f) => `${f.rule} ${f.resource}`),
    text: findings.map((f) => [findingReason(f), ...f.details].join('\n')).join('\n'),
  };
}

// [line, a rule the findings must hold, where the finding must say it comes from]
const destructive: [string, RegExp, RegExp][] = [
  ['bash scripts/cleanup.sh', /^rm\/.* \/home\/user$/, /scripts\/cleanup\.sh line 4: rm -rf ~\//],
  ['sh ./scripts/cleanup.sh', /^rm\/.* \/home\/user$/, /scripts\/cleanup\.sh line 4/],
  ['source scripts/wipe.txt', /^rm\/.* \/srv\/data$/, /scripts\/wipe\.txt line 1/],
  ['. scripts/lib.sh; wipe_dir /var/lib/mysql', /^rm\/.* \/var\/lib\/mysql$/, /./],
  ['sh < scripts/wipe.txt', /^rm\/.* \/srv\/data$/, /./],
  ['npm run wipe', /^rm\/.* \/home\/user$/, /package\.json line 8, script "wipe": rm -rf dist ~\//],
  ['npm run reset', /^rm\/.* \/srv\/uploads$/, /package\.json line 9, script "prereset"/],
  ['npm run nuke', /^rm\/.* \/home\/user$/, /script "nuke": npm run wipe/],
  ['npm run fresh', /^rm\/.* \/home\/user$/, /scripts\/cleanup\.sh line 4/],
  ['yarn wipe', /^rm\/.* \/home\/user$/, /script "wipe"/],
  ['pnpm run wipe', /^rm\/.* \/home\/user$/, /script "wipe"/],
  ['make distclean', /^rm\/.* \/home\/user$/, /Makefile line 16 \(target distclean\): rm -rf build \$\(HOME\)/],
  ['make deploy', /^rm\/.* \/var\/lib\/app\/uploads$/, /Makefile line 20 \(target reset-data\)/],
  ['make -C . reset-data DATA=/srv/db', /^rm\/.* \/srv\/db\/uploads$/, /Makefile line 20/],
  ['just purge', /^rm\/.* \/home\/user$/, /justfile line 8 \(recipe purge\): rm -rf ~\//],
  ['task release', /^rm\/.* \/srv\/data$/, /Taskfile\.yml line 13 \(task wipe\): rm -rf \/srv\/data/],
  ['composer run purge', /^rm\/.* \/var\/www\/uploads$/, /composer\.json line \d+, script "purge"/],
  ['poetry run bash scripts/cleanup.sh', /^rm\/.* \/home\/user$/, /scripts\/cleanup\.sh line 4/],
  ['uv run --python 3.12 sh scripts/cleanup.sh', /^rm\/.* \/home\/user$/, /scripts\/cleanup\.sh line 4/],
  [
    "printf 'all:\\n\\trm -rf /srv/data\\n' | make -f -",
    /^rm\/.* \/srv\/data$/,
    /the Makefile on stdin line 2 \(target all\)/,
  ],
];

for (const [line, rule, where] of destructive) {
  test(`follows: ${line}`, () => {
    const got = judge(line);
    assert.ok(
      got.rules.some((r) => rule.test(r)),
      `got ${got.rules.join(', ') || 'nothing'}`,
    );
    assert.match(got.text, where);
  });
}

const benign = [
  'npm run build',
  'npm test',
  'npm run lint',
  'npm run clean',
  'yarn build',
  'make',
  'make build',
  'make test',
  'make clean',
  'make -n distclean',
  'just build',
  'just clean',
  'task build',
  'task clean',
  'composer test',
  'bash scripts/build.sh',
  'npm run missing-script',
  'make no-such-target',
  'bash scripts/missing.sh',
  'poetry run pytest',
];

for (const line of benign) {
  test(`follows, finds nothing: ${line}`, () => {
    assert.deepEqual(judge(line).rules, []);
  });
}

test('a script that cannot be read is reported as what it is, not allowed', () => {
  const ctx = exampleContext({ argv: [], files: projectFiles() });
  const fs = {
    ...ctx.fs,
    readText: (p: string) => (p.endsWith('secret.sh') ? undefined : ctx.fs.readText(p)),
    stat: (p: string) =>
      p.endsWith('secret.sh') ? { isFile: true, isDirectory: false, isSymlink: false, size: 10 } : ctx.fs.stat(p),
  };
  const findings = analyseLine('bash scripts/secret.sh', { ...ctx, fs }, index);
  assert.deepEqual(
    findings.map((f) => f.rule),
    ['shell/opaque-command'],
  );
  assert.match(findings[0]?.details.join('\n') ?? '', /scripts\/secret\.sh cannot be read/);
});

test('a script that does not parse is confirmed, naming the line', () => {
  const got = judge('bash scripts/bad.sh', { '/home/user/project/scripts/bad.sh': 'echo ok\necho "unterminated\n' });
  assert.deepEqual(got.rules, ['shell/unparsable scripts/bad.sh:2']);
  assert.match(got.text, /scripts\/bad\.sh line 2 does not parse/);
});

test('a package.json that is not JSON is reported, not read as having no scripts', () => {
  const got = judge('npm run build', { '/home/user/project/package.json': '{ "scripts": ' });
  assert.deepEqual(
    got.rules.map((r) => r.split(' ')[0]),
    ['shell/opaque-command'],
  );
  assert.match(got.text, /package\.json is not valid JSON/);
});

test('a Makefile recipe with $(shell …) is confirmed only where the unknown part could destroy, naming the line', () => {
  const files = {
    '/home/user/project/Makefile':
      'wipe:\n\trm -rf $(shell cat dirs.txt)\n\nversion:\n\techo $(shell git rev-parse HEAD) > out/version.txt\n',
  };
  const got = judge('make wipe', files);
  assert.deepEqual(
    got.rules.map((r) => r.split(' ')[0]),
    ['shell/unknown-operands'],
  );
  assert.match(got.text, /Makefile line 2 \(target wipe\)/);
  assert.deepEqual(judge('make version', files).rules, []);
});

test('a shebang script run by path is followed; a python one goes to the interpreter', () => {
  const files = { '/home/user/project/bin/reset': '#!/usr/bin/env bash\nrm -rf /srv/data\n' };
  assert.ok(judge('./bin/reset', files).rules.some((r) => r.endsWith('/srv/data')));
  assert.ok(judge('bin/reset --force', files).rules.some((r) => r.endsWith('/srv/data')));
  assert.deepEqual(
    judge('./bin/hello', { '/home/user/project/bin/hello': '#!/usr/bin/env python3\nprint("hi")\n' }).rules,
    [],
  );
});

test('npx of a local bin script follows the script', () => {
  const files = { '/home/user/project/node_modules/.bin/wipe-all': '#!/bin/sh\nrm -rf /srv/uploads\n' };
  assert.ok(judge('npx wipe-all', files).rules.some((r) => r.endsWith('/srv/uploads')));
  assert.ok(judge('pnpm dlx wipe-all', files).rules.some((r) => r.endsWith('/srv/uploads')));
});

test('recursion is bounded: a script that runs itself ends in a finding, not a hang', () => {
  const got = judge('bash scripts/loop.sh', {
    '/home/user/project/scripts/loop.sh': 'echo again\nbash scripts/loop.sh\n',
  });
  assert.ok(
    got.rules.length > 0 && got.rules.every((r) => r.startsWith('shell/nesting-too-deep ')),
    got.rules.join(', '),
  );
});

test('a justfile shebang recipe is one script: the finding names its own line', () => {
  const got = judge('just reset', {
    '/home/user/project/justfile': 'reset:\n    #!/usr/bin/env bash\n    set -e\n    rm -rf /srv/data\n',
  });
  assert.ok(
    got.rules.some((r) => r.endsWith('/srv/data')),
    got.rules.join(', '),
  );
  assert.match(got.text, /justfile \(recipe reset\) line 4/);
});
