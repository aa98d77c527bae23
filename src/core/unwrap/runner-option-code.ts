// Runners that also run code named in their options: ssh -o ProxyCommand=/LocalCommand= (run on
// this machine), and docker run with host directories mounted (what the container deletes under
// a mount is deleted on the host). Both wrap the runner handlers of runners.ts.
import { resolve } from 'node:path';
import type { Finding } from '../types.js';
import { analyseLine } from '../shell/analyse-line.js';
import { deeper } from './invocation.js';
import { RUNNERS } from './runners.js';
import type { WrapperHandler } from './simple-wrappers.js';

const SSH_COMMAND_OPTIONS = /^(proxycommand|localcommand|knownhostscommand|remotecommand)[=\s]\s*(.*)$/is;

export const sshWithOptions: WrapperHandler = (inv, recurse, index) => {
  const findings: Finding[] = [];
  const args = inv.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-') || arg === '--') break;
    const value = arg === '-o' ? args[++i] : arg.startsWith('-o') ? arg.slice(2) : undefined;
    const m = value === undefined ? null : SSH_COMMAND_OPTIONS.exec(value.trim());
    if (m && !/^none$/i.test((m[2] as string).trim()))
      findings.push(...analyseLine(m[2] as string, inv.ctx, index, { depth: inv.depth + 1 }));
    else if (value === undefined && /^-[bcDEeFIiJLlmOpQRSWwB]$/.test(arg)) i++;
  }
  const remote = RUNNERS.ssh?.(inv, recurse, index);
  return findings.length === 0 ? remote : [...findings, ...(remote ?? [])];
};

const GLOBAL_VALUES = new Set(['-H', '--host', '-c', '--context', '--config', '-l', '--log-level']);
const RUN_FLAGS = new Set([
  '--rm',
  '-d',
  '--detach',
  '-i',
  '--interactive',
  '-t',
  '--tty',
  '-it',
  '-ti',
  '--privileged',
  '--init',
  '--read-only',
  '-P',
  '--publish-all',
  '-q',
  '--quiet',
  '--no-healthcheck',
  '--oom-kill-disable',
  '--sig-proxy',
]);

interface Mount {
  host: string;
  container: string;
}

/** docker [GLOBAL] run|container run [OPTIONS] IMAGE [COMMAND…] with writable host mounts. */
export const dockerWithMounts: WrapperHandler = (inv, recurse, index) => {
  const base = RUNNERS.docker?.(inv, recurse, index);
  const args = inv.argv.slice(1);
  let i = 0;
  while (i < args.length && (args[i] as string).startsWith('-')) i += GLOBAL_VALUES.has(args[i] as string) ? 2 : 1;
  if (args[i] === 'container') i++;
  if (args[i] !== 'run') return base;
  const mounts: Mount[] = [];
  let workdir: string | undefined;
  for (i++; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--' || !arg.startsWith('-')) break;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (RUN_FLAGS.has(flag) || (/^-[dit]+$/.test(flag) && inline === undefined)) continue;
    const value = inline ?? (/^-[a-zA-Z]$/.test(flag) || flag.startsWith('--') ? args[++i] : flag.slice(2)) ?? '';
    if (flag === '-v' || flag === '--volume' || flag.startsWith('-v'))
      addVolume(mounts, flag.startsWith('-v') && flag.length > 2 ? flag.slice(2) : value, inv.ctx.cwd);
    else if (flag === '--mount') addMount(mounts, value, inv.ctx.cwd);
    else if (flag === '-w' || flag === '--workdir') workdir = value;
  }
  if (args[i] === '--') i++;
  const command = args.slice(i + 1);
  if (mounts.length === 0 || command.length === 0) return base;
  const mapped = command.map((word) => mounts.reduce((w, m) => mapPath(w, m), word));
  const cwd =
    workdir === undefined
      ? undefined
      : mounts.reduce<string | undefined>(
          (found, m) =>
            found ?? (within(workdir as string, m.container) ? m.host + workdir.slice(m.container.length) : undefined),
          undefined,
        );
  const ctx = cwd ? { ...inv.ctx, cwd } : inv.ctx;
  const note = `docker run mounts ${mounts.map((m) => `${m.host} at ${m.container}`).join(', ')}: paths under them are judged on the host`;
  // What the container does to its own files is gone with it; what it does under a mount, or elsewhere, stays.
  const inner = recurse(deeper(inv, mapped, ctx)).filter(
    (f) =>
      f.environment.kind !== 'local' ||
      mounts.some((m) => f.resource.startsWith(m.host) || m.host.startsWith(f.resource)),
  );
  const found = inner.map((f) => ({ ...f, details: [note, ...f.details] }));
  return found.length === 0 ? base : [...found, ...(base ?? [])];
};

function addVolume(mounts: Mount[], spec: string, cwd: string): void {
  const [host, container, mode] = spec.split(':');
  if (!host || !container || !/^[/.~]/.test(host) || /(^|,)ro(,|$)/.test(mode ?? '')) return;
  mounts.push({ host: resolve(cwd, host), container });
}

function addMount(mounts: Mount[], spec: string, cwd: string): void {
  const fields = new Map(spec.split(',').map((kv) => [kv.split('=')[0] ?? '', kv.split('=')[1] ?? 'true'] as const));
  const host = fields.get('source') ?? fields.get('src');
  const container = fields.get('target') ?? fields.get('destination') ?? fields.get('dst');
  if (fields.get('type') !== 'bind' || !host || !container || fields.has('readonly') || fields.has('ro')) return;
  mounts.push({ host: resolve(cwd, host), container });
}

function within(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}

/** Rewrites a container path (as a word, or inside a shell string) to the host path it mounts. */
function mapPath(word: string, mount: Mount): string {
  const dir = mount.container.replace(/\/+$/, '') || '/';
  if (dir === '/') return word;
  return word.replace(
    new RegExp(`(^|[\\s'"=:;(])${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/|$|[\\s'";)])`, 'g'),
    `$1${mount.host}`,
  );
}
