// Commands that run another command as another user, in another namespace or root, under a lock,
// later (at, batch, trap … EXIT) or under a debugger. The command they run is judged as if typed.
import { optionValue, parseOptions, type OptionSpec } from '../argv/parse-options.js';
import type { Finding } from '../types.js';
import { splitCommand } from './command-start.js';
import { deeper } from './invocation.js';
import { innerLine } from './pty-drivers.js';
import { scriptOnStdin } from './shells.js';
import type { WrapperHandler } from './simple-wrappers.js';

const v = (id: string, short: string[], long: string[] = []): OptionSpec => ({ id, short, long, value: true });
const f = (id: string, short: string[], long: string[] = []): OptionSpec => ({ id, short, long });

/** WRAPPER [OPTIONS] [skip operands] CMD ARGS, or -c LINE; `fallbackShell`: no command runs a shell on stdin. */
function runner(specs: OptionSpec[], skip: number, label: string, fallbackShell = false): WrapperHandler {
  return (inv, recurse, index) => {
    const { options, command } = splitCommand(inv.argv.slice(1), specs);
    const line = optionValue(options, 'command');
    if (line !== undefined) return innerLine(inv, index, line, `${label} -c`);
    const inner = command.slice(skip);
    // flock FILE -c LINE: the -c comes after the lock file.
    if (inner[0] === '-c' || inner[0] === '--command') return innerLine(inv, index, inner[1] ?? '', `${label} -c`);
    if (inner.length > 0) return recurse(deeper(inv, inner));
    return fallbackShell && command.length >= skip ? scriptOnStdin(inv, label, index) : [];
  };
}

const FLOCK = [
  v('command', ['c'], ['command']),
  f('s', ['s', 'n', 'x', 'u', 'o', 'F'], ['shared', 'exclusive', 'nonblock', 'unlock', 'close', 'no-fork', 'verbose']),
  v('w', ['w', 'E'], ['timeout', 'conflict-exit-code']),
];
const SETPRIV = [
  v(
    'reuid',
    [],
    [
      'reuid',
      'regid',
      'groups',
      'inh-caps',
      'ambient-caps',
      'bounding-set',
      'securebits',
      'pdeathsig',
      'selinux-label',
      'apparmor-profile',
      'landlock-access',
      'landlock-rule',
      'ruid',
      'euid',
      'rgid',
      'egid',
    ],
  ),
  f('flags', ['d'], ['dump', 'clear-groups', 'keep-groups', 'init-groups', 'no-new-privs', 'reset-env']),
];
const RUNUSER = [
  v('user', ['u'], ['user']),
  v('group', ['g'], ['group']),
  v('sgroup', ['G'], ['supp-group']),
  v('command', ['c'], ['command']),
  v('shell', ['s'], ['shell']),
  v('w', ['w'], ['whitelist-environment']),
  f('login', ['l', 'm', 'p', 'P', 'f'], ['login', 'preserve-environment', 'pty', 'fast']),
];
const CHROOT = [v('userspec', [], ['userspec', 'groups']), f('skip', [], ['skip-chdir'])];
const UNSHARE = [
  f(
    'ns',
    ['m', 'u', 'i', 'n', 'p', 'U', 'C', 'T', 'f', 'r', 'c'],
    [
      'mount',
      'uts',
      'ipc',
      'net',
      'pid',
      'user',
      'cgroup',
      'time',
      'fork',
      'map-root-user',
      'map-current-user',
      'kill-child',
      'mount-proc',
      'keep-caps',
      'map-auto',
    ],
  ),
  v(
    'value',
    ['R', 'w', 'S', 'G'],
    [
      'propagation',
      'setgroups',
      'root',
      'wd',
      'setuid',
      'setgid',
      'map-user',
      'map-group',
      'map-users',
      'map-groups',
      'monotonic',
      'boottime',
    ],
  ),
];
const NSENTER = [
  v('target', ['t', 'S', 'G', 'R', 'w'], ['target', 'setuid', 'setgid', 'root', 'wd', 'env']),
  f(
    'ns',
    ['a', 'm', 'u', 'i', 'n', 'p', 'U', 'C', 'T', 'F', 'Z', 'e'],
    [
      'all',
      'mount',
      'uts',
      'ipc',
      'net',
      'pid',
      'user',
      'cgroup',
      'time',
      'no-fork',
      'preserve-credentials',
      'follow-context',
    ],
  ),
];
const SYSTEMD_RUN = [
  v(
    'value',
    ['p', 'E', 'u', 'H', 'M'],
    [
      'property',
      'setenv',
      'unit',
      'description',
      'slice',
      'uid',
      'gid',
      'working-directory',
      'nice',
      'host',
      'machine',
      'on-active',
      'on-boot',
      'on-startup',
      'on-unit-active',
      'on-unit-inactive',
      'on-calendar',
      'timer-property',
      'path-property',
      'socket-property',
      'service-type',
    ],
  ),
  f(
    'flag',
    ['t', 'P', 'G', 'q', 'd', 'S'],
    [
      'user',
      'system',
      'scope',
      'pty',
      'pipe',
      'wait',
      'collect',
      'quiet',
      'same-dir',
      'shell',
      'remain-after-exit',
      'send-sighup',
      'no-block',
      'no-ask-password',
    ],
  ),
];

/** su [options] [-] [USER [ARGS]]: -c runs a line; otherwise a login shell reading stdin. */
const su: WrapperHandler = (inv, _recurse, index) => {
  const parsed = parseOptions(
    inv.argv.slice(1),
    [
      v('command', ['c'], ['command', 'session-command']),
      v('shell', ['s'], ['shell']),
      v('group', ['g', 'G'], ['group', 'supp-group']),
      v('w', ['w'], ['whitelist-environment']),
      f('login', ['l', 'm', 'p', 'P', 'f'], ['login', 'preserve-environment', 'pty']),
    ],
    { style: 'gnu', permute: true },
  );
  const line = optionValue(parsed, 'command');
  return line !== undefined ? innerLine(inv, index, line, 'su -c') : scriptOnStdin(inv, 'su', index);
};

/** at [-f FILE] [options] TIME / batch: the commands come from stdin (or a file guard does not read). */
const at: WrapperHandler = (inv, _recurse, index) => {
  const parsed = parseOptions(
    inv.argv.slice(1),
    [v('file', ['f']), v('queue', ['q', 't']), f('flag', ['m', 'M', 'v', 'V', 'l', 'd', 'r', 'c', 'b'])],
    { style: 'gnu', permute: true },
  );
  if (optionValue(parsed, 'file') !== undefined || parsed.options.some((o) => ['-l', '-d', '-r', '-c'].includes(o.raw)))
    return [];
  return scriptOnStdin(inv, inv.argv[0] ?? 'at', index);
};

/** gdb --args PROG ARGS (and `-ex 'shell …'`): the program it would start is judged. */
const gdb: WrapperHandler = (inv, recurse, index) => {
  const args = inv.argv.slice(1);
  const found: Finding[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--args') return [...found, ...recurse(deeper(inv, args.slice(i + 1)))];
    if (
      (arg === '-ex' || arg === '--ex' || arg === '-eval-command' || arg === '--eval-command') &&
      args[i + 1] !== undefined
    ) {
      const m = /^\s*(?:shell|!)\s*(.*)$/s.exec(args[++i] as string);
      if (m) found.push(...innerLine(inv, index, m[1] ?? '', 'gdb shell'));
    }
  }
  return found;
};

/** trap 'LINE' SIGNAL…: the line runs later (on EXIT, ERR, a signal) in this shell. */
const trap: WrapperHandler = (inv, _recurse, index) => {
  const [action, ...signals] = inv.argv.slice(1);
  if (
    action === undefined ||
    action === '-' ||
    action === '-p' ||
    action === '-l' ||
    action === '' ||
    signals.length === 0
  )
    return [];
  return innerLine(inv, index, action, 'trap');
};

export const SYSTEM_RUNNERS: Record<string, WrapperHandler> = {
  flock: runner(FLOCK, 1, 'flock'),
  setpriv: runner(SETPRIV, 0, 'setpriv'),
  runuser: (inv, recurse, index) => {
    const hasUserOption = inv.argv.some((a) => a === '-u' || a.startsWith('--user'));
    return runner(RUNUSER, hasUserOption ? 0 : 1, 'runuser', true)(inv, recurse, index);
  },
  su,
  chroot: runner(CHROOT, 1, 'chroot', true),
  unshare: runner(UNSHARE, 0, 'unshare', true),
  nsenter: runner(NSENTER, 0, 'nsenter', true),
  'systemd-run': runner(SYSTEMD_RUN, 0, 'systemd-run'),
  at,
  batch: at,
  gdb,
  trap,
};
