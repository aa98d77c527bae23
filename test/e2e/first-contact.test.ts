// A newcomer follows the README's first lines from the packed artefact (`npm pack`), in a clean HOME,
// as an unprivileged user inside bubblewrap: set-up, then `guard` is on PATH in that shell.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { giveTree, runSandboxedBash, sandboxUser } from '../helpers/sandboxed-user.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const user = sandboxUser();
let root: string;
let tarball: string;

before(() => {
  if (!user) return;
  root = realpathSync(mkdtempSync(join(tmpdir(), 'guard-first-contact-')));
  // The artefact as published: dist is already built by the test run, so no scripts run here.
  execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', root], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  tarball = join(root, readdirSync(root).find((f) => f.endsWith('.tgz')) as string);
  mkdirSync(join(root, 'home', 'app', 'data'), { recursive: true });
  giveTree(root, user);
});
after(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

test('the packed name is publishable and the command is guard', () => {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    name: string;
    bin: Record<string, string>;
    files: string[];
  };
  assert.notEqual(pkg.name, 'guard', 'the npm name guard belongs to another package');
  assert.deepEqual(Object.keys(pkg.bin), ['guard']);
});

test(
  'README first lines from the packed artefact: set-up, doctor, --version, a refusal with a ticket, approve found',
  { skip: user ? false : 'needs root (to create the test user), bwrap and setpriv', timeout: 180_000 },
  async () => {
    const home = join(root, 'home');
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    // The README's package line, with the packed file in place of the registry name.
    const setUp = /npm install -D (\S+) && (npx guard install && eval "\$\(npx guard init bash\)")/.exec(readme);
    assert.ok(setUp, 'the README names the npm set-up line');
    const script = [
      'set -u',
      `${setUp[2]} 2>/dev/null || exit 91`,
      'echo "which=$(command -v guard)"',
      'guard doctor >"$HOME/doctor.out"; echo "doctor=$?"',
      'echo "version=$(guard --version)"',
      'cd "$HOME/app" && rm -rf "$HOME/app" </dev/null 2>"$HOME/refusal.err"; echo "rm=$?"',
      'ticket=$(sed -n "s/^guard: ticket \\([a-z0-9]*\\)\\..*/\\1/p" "$HOME/refusal.err")',
      'echo "ticket=$ticket"',
      'guard approve "$ticket" </dev/null 2>"$HOME/approve.err"; echo "approve=$?"',
    ].join('\n');
    const env = {
      HOME: home,
      PATH: '/usr/local/bin:/usr/bin:/bin',
      LANG: 'C.UTF-8',
      npm_config_update_notifier: 'false',
    };
    // The human's `npm install -D` (from the machine's npm cache; the registry is not what is tested), then the rest as the user.
    const project = join(home, 'project');
    mkdirSync(project, { recursive: true });
    execFileSync('npm', ['install', '-D', '--prefer-offline', '--no-audit', '--no-fund', '--silent', tarball], {
      cwd: project,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    giveTree(home, user!);
    // The user's own home is where guard keeps its state and shims: the temp home is mounted there.
    const result = await runSandboxedBash(user!, root, `cd "$HOME/project" && ${script}`, env, 170_000, home);
    const out = result.stdout;
    const field = (name: string): string | undefined => new RegExp(`^${name}=(.*)$`, 'm').exec(out)?.[1];
    assert.equal(result.code, 0, `${out}\n${result.stderr}`);
    assert.match(
      field('which') ?? '',
      /guard\/shims\/guard$/,
      'guard is found in the shim directory the set-up put on PATH',
    );
    assert.equal(field('doctor'), '0', readFileSync(join(home, 'doctor.out'), 'utf8'));
    assert.match(readFileSync(join(home, 'doctor.out'), 'utf8'), /^guard: healthy$/m);
    assert.equal(field('version'), JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
    assert.equal(field('rm'), '77');
    assert.match(field('ticket') ?? '', /^[a-z0-9]{6,}$/, readFileSync(join(home, 'refusal.err'), 'utf8'));
    assert.ok(readdirSync(join(home, 'app')).includes('data'), 'the refused rm destroyed nothing');
    assert.equal(field('approve'), '77');
    assert.match(
      readFileSync(join(home, 'approve.err'), 'utf8'),
      /^guard: `guard approve` needs a human at a terminal/m,
    );
  },
);
