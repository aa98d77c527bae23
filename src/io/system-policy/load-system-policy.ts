// Finds and reads the system policy: /etc/guard, or the directory GUARD_SYSTEM_DIR names (a test
// seam honoured only under the same root-ownership rule, and never when /etc/guard holds a trusted
// policy: an agent must not be able to swap the real policy for another root-owned one).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SystemPolicy } from '../../core/config/system-policy-schema.js';
import type { ConfigProblem } from '../../core/config/problem.js';
import { untrustedReason } from './trusted-path.js';

export const ETC_GUARD = '/etc/guard';
const NAMES = ['policy.json', 'policy.yaml', 'policy.yml'];

export interface LoadedPolicy {
  /** Root's trusted file, shape-checked only: loadGuardSetup validates it (validate-policy.ts) before applying it. */
  policy?: SystemPolicy;
  /** The file the policy was read from. */
  source?: string;
  /** Policies found and ignored, and why (printed as `guard:` warnings, listed by doctor). */
  warnings: string[];
  /** A trusted policy file that does not parse or validate: destructive commands are refused. */
  problems: ConfigProblem[];
}

type DirResult = { kind: 'absent' } | { kind: 'untrusted'; reason: string } | { kind: 'read'; loaded: LoadedPolicy };

const cache = new Map<string, LoadedPolicy>();

/** The system policy in force for a process with `env` (read once per process and directory). */
export function systemPolicy(env: Readonly<Record<string, string | undefined>>, etcDir = ETC_GUARD): LoadedPolicy {
  const named = env.GUARD_SYSTEM_DIR ?? '';
  const key = `${etcDir}\0${named}`;
  let loaded = cache.get(key);
  if (!loaded) cache.set(key, (loaded = loadPolicy(etcDir, named)));
  return loaded;
}

/** Tests change ownership of one directory between reads. */
export function forgetSystemPolicies(): void {
  cache.clear();
}

function loadPolicy(etcDir: string, named: string): LoadedPolicy {
  if (!inInitialUserNamespace()) return inUserNamespace(etcDir, named);
  const etc = readPolicyDir(etcDir);
  if (etc.kind === 'read') {
    if (named !== '' && named !== etcDir)
      etc.loaded.warnings.push(
        `GUARD_SYSTEM_DIR (${named}) is ignored: ${etcDir} holds a trusted system policy, which always wins`,
      );
    return etc.loaded;
  }
  const warnings =
    etc.kind === 'untrusted' ? [`the system policy in ${etcDir} is ignored: ${etc.reason}. ${HOW_TO_FIX(etcDir)}`] : [];
  if (named === '') return { warnings, problems: [] };
  const other = readPolicyDir(named);
  if (other.kind === 'read') return { ...other.loaded, warnings: [...warnings, ...other.loaded.warnings] };
  const why = other.kind === 'absent' ? 'it holds no policy.json or policy.yaml' : other.reason;
  return {
    warnings: [...warnings, `GUARD_SYSTEM_DIR (${named}) is ignored: ${why}. ${HOW_TO_FIX(named)}`],
    problems: [],
  };
}

/**
 * Inside a user namespace an unprivileged process can be "root" and own what it likes, and root's
 * real files show as nobody: no owner can be believed. A policy that exists is then a problem
 * (destructive commands refused), never silently ignored; GUARD_SYSTEM_DIR is never honoured.
 */
function inUserNamespace(etcDir: string, named: string): LoadedPolicy {
  const warnings =
    named === ''
      ? []
      : [
          `GUARD_SYSTEM_DIR (${named}) is ignored: guard runs inside a user namespace, where file owners cannot be verified`,
        ];
  const present = readdirOrEmpty(etcDir).filter((n) => NAMES.includes(n));
  const problems: ConfigProblem[] = present.map((n) => ({
    file: join(etcDir, n),
    layer: 'system',
    key: '',
    message:
      'guard runs inside a user namespace, where the owner of the system policy cannot be verified; run guard outside it (and disable unprivileged user namespaces for the agent account)',
  }));
  return { warnings, problems };
}

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** True in the initial user namespace (uid_map maps every uid to itself), and where there is no /proc. */
export function inInitialUserNamespace(): boolean {
  let map: string;
  try {
    map = readFileSync('/proc/self/uid_map', 'utf8');
  } catch {
    return true;
  }
  return map.trim().split(/\s+/).join(' ') === '0 0 4294967295';
}

const HOW_TO_FIX = (dir: string): string =>
  `A system policy counts only when it and every directory above it are owned by root and not writable by group or others (sudo chown root: ${dir} ${dir}/policy.json && sudo chmod go-w ${dir} ${dir}/policy.json)`;

function readPolicyDir(dir: string): DirResult {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => NAMES.includes(n));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { kind: 'absent' }
      : { kind: 'untrusted', reason: `${dir} cannot be read (${code ?? String(error)})` };
  }
  if (names.length === 0) return { kind: 'absent' };
  if (names.length > 1)
    return { kind: 'untrusted', reason: `${dir} holds several policy files (${names.join(', ')}); keep exactly one` };
  const file = join(dir, names[0] as string);
  // the directory is checked as a leaf: sticky or not, no one but root may add files to it
  const reason = untrustedReason(dir) ?? untrustedReason(file);
  if (reason) return { kind: 'untrusted', reason };
  return { kind: 'read', loaded: parsePolicy(file) };
}

function parsePolicy(file: string): LoadedPolicy {
  let data: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    data = file.endsWith('.json') ? JSON.parse(text) : yamlLoad(text);
  } catch (error) {
    return {
      warnings: [],
      problems: [
        { file, layer: 'system', key: '', message: `cannot be read: ${(error as Error).message.split('\n')[0]}` },
      ],
    };
  }
  // Only the shape here (zod costs tens of ms to load on every check); loadGuardSetup validates it fully.
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      warnings: [],
      problems: [{ file, layer: 'system', key: '', message: 'expected an object of policy keys' }],
    };
  return { policy: data as SystemPolicy, source: file, warnings: [], problems: [] };
}

function yamlLoad(text: string): unknown {
  const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
  return yaml.load(text);
}
