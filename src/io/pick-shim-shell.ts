import { childProcess } from './lazy-builtins.js';
import type { ShimPlan } from '../core/shim/shim-script.js';

/**
 * The shims' interpreter: bash when it can `exec -a` (the real tool then sees argv[0] = its own
 * name, so its messages read `rm: …` and not `/usr/bin/rm: …`); else /bin/sh, whose plain `exec`
 * passes the full path as argv[0]. `-p` keeps BASH_ENV and exported functions out of the shim.
 */
export function pickShimShell(): ShimPlan['interpreter'] {
  for (const bash of ['/bin/bash', '/usr/bin/bash']) {
    const probe = childProcess().spawnSync(bash, ['-p', '-c', 'exec -a guard-probe /bin/sh -c "[ / -ef / ]"'], {
      stdio: 'ignore',
      timeout: 5000,
    });
    if (probe.status === 0) return { path: bash, args: '-p', execArgv0: true };
  }
  return { path: '/bin/sh', args: '', execArgv0: false };
}
