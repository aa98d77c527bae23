import { childProcess } from './lazy-builtins.js';
import { DEFAULT_PROBE_TIMEOUT_MS } from '../core/config-defaults.js';
import type { ProbeRunner } from '../core/types.js';
import { findRealTool } from './find-real-tool.js';

/** Read-only probes run the real tool (never a shim), with a short timeout and no stdin. */
export function processProbe(env: NodeJS.ProcessEnv, cwd: string): ProbeRunner {
  return (file, args, options = {}) => {
    const lookup = findRealTool(file, env.PATH, cwd);
    if (!lookup.found) return { ok: false, code: 127, stdout: '', stderr: `${file} not found` };
    const timeout = options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
    const result = childProcess().spawnSync(lookup.path, args, {
      cwd: options.cwd ?? cwd,
      env,
      encoding: 'utf8',
      timeout,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    // A probe that did not finish says why, in words an evidence line can carry.
    const failure = result.error
      ? probeFailure(file, result.error, timeout)
      : result.signal
        ? `${file} was ended by ${result.signal}`
        : undefined;
    return {
      ok: result.status === 0 && !result.error,
      code: result.status,
      stdout: result.stdout ?? '',
      stderr: failure ?? result.stderr ?? '',
    };
  };
}

function probeFailure(file: string, error: Error & { code?: string }, timeout: number): string {
  if (error.code === 'ETIMEDOUT') return `${file} did not answer within ${timeout} ms`;
  if (error.code === 'ENOBUFS') return `${file} printed more than guard reads`;
  return `${file} could not be run: ${error.message}`;
}
