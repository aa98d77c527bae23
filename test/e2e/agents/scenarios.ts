// The runs each client gets. Every client run takes seconds (OpenCode, offline, stalls ~90 s trying to
// install its plugin SDK), so a client's runs go in parallel and the tests then read their results.
import { join } from 'node:path';
import { clientJob, GUARD_BIN, type Installed, type Scenario } from './clients.js';
import { runInSandbox } from './sandbox.js';
import type { JobResult } from './sandbox-runner.js';
import { makeAgentWorld, type World } from './world.js';
import { AGENT_HOME } from './sandbox.js';

export interface Outcome {
  world: World;
  result: JobResult;
  /** Request bodies the model received, in order. */
  bodies: string[];
}

export type Name =
  | 'destructive'
  | 'benign'
  | 'guard-missing'
  | 'guard-crashing'
  | 'guard-hanging'
  | 'interactive-opener'
  | 'home-workdir'
  | 'home-workdir-old'
  | 'untrusted-old';

const SSH_KEY = `${AGENT_HOME}/.ssh/id_ed25519`;

/** `rm -r` (Codex itself refuses `rm -f` forms) on a repository plus a production-less railway call: guard refuses both; either running is visible. */
const destructive = (w: World): string => `rm -r ${w.victim} && railway down -y`;

function scenarioFor(name: Name, w: World, fixtures: string): Scenario {
  const watch = [join(w.victim, 'data.txt'), join(w.record, 'railway.argv'), join(w.record, 'benign.txt'), SSH_KEY];
  const sshKey = { [SSH_KEY]: 'not a real key\n' };
  switch (name) {
    case 'destructive':
    case 'guard-missing':
    case 'guard-crashing':
    case 'guard-hanging':
      return { command: destructive(w), watch };
    case 'benign':
      return { command: `echo benign > ${w.record}/benign.txt`, watch };
    case 'interactive-opener':
      return { command: 'bash', watch };
    case 'home-workdir':
      return { command: 'rm -rf .ssh', workdir: AGENT_HOME, files: sshKey, watch };
    case 'home-workdir-old':
      return {
        command: 'rm -rf .ssh',
        workdir: AGENT_HOME,
        files: sshKey,
        watch,
        setup: [
          [
            'sh',
            '-c',
            `mkdir -p .opencode/plugin && cp ${fixtures}/opencode-plugin-before-17.js .opencode/plugin/guard.js`,
          ],
        ],
      };
    case 'untrusted-old':
      return {
        command: destructive(w),
        watch,
        setup: [['sh', '-c', `mkdir -p .codex && cp ${fixtures}/codex-hooks-before-17.json .codex/hooks.json`]],
      };
  }
}

export async function runScenarios(client: Installed, names: Name[], fixtures: string): Promise<Map<Name, Outcome>> {
  const runs = names.map(async (name): Promise<[Name, Outcome]> => {
    const guard =
      name === 'guard-missing'
        ? 'missing'
        : name === 'guard-hanging'
          ? 'hanging'
          : name === 'guard-crashing'
            ? 'crashing'
            : 'real';
    const world = makeAgentWorld(guard);
    const scenario = scenarioFor(name, world, fixtures);
    const job = clientJob(client, world.dir, scenario);
    if (name === 'interactive-opener' && client.name === 'codex') job.call.args = { ...job.call.args, tty: true };
    // What `guard doctor` says about the client right after the install (or the old one).
    if (name === 'destructive' || name.endsWith('-old'))
      job.setup = [...job.setup, [process.execPath, GUARD_BIN, 'doctor']];
    const result = await runInSandbox(world.user, world.dir, job);
    return [name, { world, result, bodies: result.requests.map((r) => r.body) }];
  });
  return new Map(await Promise.all(runs));
}
