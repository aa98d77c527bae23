import { homedir, hostname, tmpdir } from 'node:os';
import { defaultConfig } from '../core/config-defaults.js';
import type { Context, GuardConfig } from '../core/types.js';
import { nodeFiles } from './node-files.js';
import { processProbe } from './probe.js';

/** The Context of this process: its environment, directory and the real filesystem. */
export function processContext(config: GuardConfig = defaultConfig()): Context {
  const env = process.env;
  const cwd = process.cwd();
  return {
    env,
    cwd,
    home: env.HOME ?? homedir(),
    tmpdir: tmpdir(),
    hostname: hostname(),
    fs: nodeFiles(),
    probe: processProbe(env, cwd),
    config,
  };
}
