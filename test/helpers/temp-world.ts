import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStandIn, type StandIn } from './stand-in.js';
import { harnessPolicyDir } from './system-policy-dir.js';

export interface TempWorld {
  root: string;
  home: string;
  bin: string;
  records: string;
  /**
   * Environment for guard: temp HOME and XDG dirs, stand-ins first on PATH, no CI unless asked.
   * Each call gets its own XDG_STATE_HOME (audit trail, tickets, lock) unless `extra` names one,
   * so unrelated refusals never add up to a burst lockout.
   */
  env(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  /** A fresh state directory, to share between calls that must see the same audit trail and tickets. */
  stateDir(): string;
  standIn(name: string): StandIn;
  dispose(): void;
}

/** A private HOME, XDG dirs and a bin dir of stand-ins, all under one temp directory. */
export function createTempWorld(): TempWorld {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'guard-test-')));
  const home = join(root, 'home');
  const bin = join(root, 'bin');
  const records = join(root, 'records');
  for (const dir of [home, bin, records]) mkdirSync(dir, { recursive: true });
  return {
    root,
    home,
    bin,
    records,
    stateDir: () => mkdtempSync(join(root, 'state-')),
    env: (extra = {}) => {
      const base: NodeJS.ProcessEnv = {
        PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
        HOME: home,
        XDG_CONFIG_HOME: join(home, '.config'),
        XDG_DATA_HOME: join(home, '.local/share'),
        XDG_STATE_HOME: mkdtempSync(join(root, 'state-')),
        LANG: 'C.UTF-8',
        TERM: 'xterm',
        // a root-owned policy that lets guard honour the HOME / XDG_* above (state is otherwise found from passwd)
        GUARD_SYSTEM_DIR: harnessPolicyDir(),
      };
      return { ...base, ...extra };
    },
    standIn: (name) => createStandIn(bin, records, name),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
