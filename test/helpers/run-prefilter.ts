import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { EXAMPLE_CWD, EXAMPLE_HOME } from '../../src/core/example-context.js';
import type { RuleExample } from '../../src/core/rule.js';

export type Verdict = 'full' | 'fast';

/** The shells a shim may be written for: bash (preferred, `exec -a`) and the system sh. */
export const SHELLS = ['/bin/bash', '/bin/sh'] as const;

/**
 * Runs the generated pre-filter in a real shell, in a copy of the example's fixture world on
 * disk (its files, directories and symlinks under a temp root; the shell's cwd is the copy of
 * the example's cwd, while $guard_pwd/$guard_home carry the fixture paths the rules see).
 */
export function runPrefilter(prefilter: string, example: RuleExample, shell: string = SHELLS[0]): Verdict {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'guard-prefilter-')));
  try {
    const cwd = example.cwd ?? EXAMPLE_CWD;
    const at = (p: string): string => join(root, posix.resolve(cwd, p));
    for (const dir of [cwd, '/tmp', '/etc', '/usr/bin', '/var/lib', ...(example.dirs ?? [])])
      mkdirSync(at(dir), { recursive: true });
    const files = { '/home/user/project/.git/HEAD': 'ref: refs/heads/main\n', ...(example.files ?? {}) };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(at(path)), { recursive: true });
      writeFileSync(at(path), content);
    }
    for (const [link, target] of Object.entries(example.links ?? {})) {
      mkdirSync(dirname(at(link)), { recursive: true });
      symlinkSync(posix.isAbsolute(target) ? join(root, target) : target, at(link));
    }
    const script = `${prefilter}\nguard_pwd=$1 guard_home=$2 guard_stdin_tty=$3\nshift 3\nif guard_prefilter "$@"; then echo full; else echo fast; fi\n`;
    const tty = example.stdin === undefined ? '1' : '0';
    const env = { PATH: '/usr/bin:/bin', HOME: EXAMPLE_HOME, ...(example.env ?? {}) };
    const result = spawnSync(
      shell,
      ['-c', script, 'sh', cwd, env.HOME ?? EXAMPLE_HOME, tty, ...example.argv.slice(1)],
      { cwd: at(cwd), env, encoding: 'utf8' },
    );
    const out = result.stdout.trim();
    if (result.status !== 0 || (out !== 'full' && out !== 'fast'))
      throw new Error(`pre-filter failed (${result.status}): ${result.stderr}`);
    return out;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
