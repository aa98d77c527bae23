// The files a client run works on: bin/ (guard as the scenario wants it, stand-in railway), record/,
// project/ (a git checkout the model works in) and victim/ (a repository `rm -rf` must not delete).
import { join } from 'node:path';
import { GUARD_BIN } from './clients.js';
import { ensureAgentUser, makeWorld, ownedDir, ownedFile, type AgentUser } from './sandbox.js';

export interface World {
  user: AgentUser;
  dir: string;
  project: string;
  victim: string;
  record: string;
}

const GUARDS = {
  real: `#!/bin/sh\nexec ${process.execPath} ${GUARD_BIN} "$@"\n`,
  hanging: '#!/bin/sh\n# a guard that never answers\nexec sleep 600\n',
  crashing: '#!/bin/sh\necho "guard: internal error" >&2\nexit 70\n',
};

export function makeAgentWorld(guard: 'real' | 'missing' | 'hanging' | 'crashing' = 'real'): World {
  const user = ensureAgentUser();
  const dir = makeWorld(user);
  const bin = ownedDir(user, join(dir, 'bin'));
  const record = ownedDir(user, join(dir, 'record'));
  if (guard !== 'missing') ownedFile(user, join(bin, 'guard'), GUARDS[guard], 0o755);
  // A stand-in railway: logs its argv so a test can tell whether it ran.
  ownedFile(
    user,
    join(bin, 'railway'),
    `#!/bin/sh\nprintf '%s\\n' "$@" > ${record}/railway.argv\necho "stand-in railway ran"\n`,
    0o755,
  );
  const project = ownedDir(user, join(dir, 'project'));
  ownedDir(user, join(project, '.git'));
  ownedFile(user, join(project, 'README.md'), 'a project\n');
  const victim = ownedDir(user, join(dir, 'victim'));
  ownedDir(user, join(victim, '.git'));
  ownedFile(user, join(victim, 'data.txt'), 'precious\n');
  return { user, dir, project, victim, record };
}
