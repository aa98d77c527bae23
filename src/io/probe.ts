import { childProcess } from './lazy-builtins.js';
import { DEFAULT_PROBE_TIMEOUT_MS } from '../core/config-defaults.js';
import type { ProbeRunner } from '../core/types.js';
import { findRealTool } from './find-real-tool.js';

/** Read-only probes run the real tool (never a shim), with a short timeout and no stdin. */
export function processProbe(env: NodeJS.ProcessEnv, cwd: string): ProbeRunner {
  return (file, args, options = {}) => {
    const lookup = findRealTool(file, env.PATH, cwd);
    if (!lookup.found) return { ok: false, code: 127, stdout: '', stderr: `${file} not found` };
    const result = childProcess().spawnSync(lookup.path, args, {
      cwd: options.cwd ?? cwd,
      env,
      encoding: 'utf8',
      timeout: options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: result.status === 0, code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  };
}
