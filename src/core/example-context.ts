import { memoryFiles } from './memory-files.js';
import { defaultConfig } from './config-defaults.js';
import type { RuleExample } from './rule.js';
import type { Context, GuardConfig } from './types.js';

export const EXAMPLE_HOME = '/home/user';
export const EXAMPLE_CWD = '/home/user/project';

/** The fixture world a rule example is judged in. The project dir is a git repository. */
export function exampleContext(example: RuleExample, config: GuardConfig = defaultConfig()): Context {
  const cwd = example.cwd ?? EXAMPLE_CWD;
  const probes = example.probes ?? {};
  const ctx: Context = {
    env: { HOME: EXAMPLE_HOME, PATH: '/usr/bin:/bin', ...(example.env ?? {}) },
    cwd,
    home: EXAMPLE_HOME,
    tmpdir: '/tmp',
    hostname: 'example-host',
    fs: memoryFiles({
      files: { '/home/user/project/.git/HEAD': 'ref: refs/heads/main\n', ...(example.files ?? {}) },
      dirs: [cwd, '/tmp', '/etc', '/usr/bin', '/var/lib', ...(example.dirs ?? [])],
      links: example.links ?? {},
    }),
    probe: (file, args) => {
      const answer = probes[[file, ...args].join(' ')];
      return answer
        ? { ok: answer.code === 0, code: answer.code, stdout: answer.stdout, stderr: '' }
        : { ok: false, code: 127, stdout: '', stderr: 'no probe answer in this example' };
    },
    config,
  };
  if (example.stdin !== undefined) ctx.stdin = { text: example.stdin, truncated: false };
  return ctx;
}
