// rsync's options, and where an operand is: `host:path`, `user@host:path`, `rsync://host/…` or this machine.
import { parseOptions, type OptionSpec, type ParsedArgs } from '../../argv/parse-options.js';
import { localEnvironment, resolveEnvironment } from '../../environment.js';
import type { Context, Environment } from '../../types.js';

const valued = (...names: string[]): OptionSpec[] => names.map((n) => ({ id: n, long: [n], value: true }));
const DELETES = [
  'delete',
  'del',
  'delete-before',
  'delete-during',
  'delete-delay',
  'delete-after',
  'delete-excluded',
  'delete-missing-args',
];
const SPECS: OptionSpec[] = [
  ...DELETES.map((n) => ({ id: 'delete', long: [n] })),
  { id: 'remove-source-files', long: ['remove-source-files'] },
  { id: 'dry-run', long: ['dry-run'], short: ['n'] },
  { id: 'list-only', long: ['list-only'] },
  { id: 'backup', long: ['backup'], short: ['b'] },
  { id: 'help', long: ['help'] },
  { id: 'rsh', long: ['rsh'], short: ['e'], value: true },
  { id: 'filter', long: ['filter'], short: ['f'], value: true },
  { id: 'temp-dir', long: ['temp-dir'], short: ['T'], value: true },
  { id: 'block-size', long: ['block-size'], short: ['B'], value: true },
  { id: 'remote-option', long: ['remote-option'], short: ['M'], value: true },
  ...valued(
    'exclude',
    'include',
    'exclude-from',
    'include-from',
    'files-from',
    'rsync-path',
    'port',
    'bwlimit',
    'chmod',
    'chown',
    'backup-dir',
    'suffix',
    'log-file',
    'log-file-format',
    'password-file',
    'partial-dir',
    'compare-dest',
    'link-dest',
    'copy-dest',
    'max-delete',
    'max-size',
    'min-size',
    'timeout',
    'contimeout',
    'info',
    'debug',
    'out-format',
    'iconv',
    'skip-compress',
    'sockopts',
    'usermap',
    'groupmap',
    'checksum-choice',
    'compress-choice',
    'compress-level',
    'modify-window',
    'address',
    'outbuf',
    'stop-after',
    'stop-at',
  ),
];

export interface RsyncParsed {
  args: ParsedArgs;
}

/** `host:path`, `user@host:path` or `rsync://host/…`: the host, else undefined (a local path). */
export function remoteHost(operand: string): string | undefined {
  const url = /^rsync:\/\/(?:[^@/]+@)?([^/:]+)/.exec(operand);
  if (url) return url[1];
  const scp = /^(?:[^@/:]+@)?([^/:]+)::?/.exec(operand);
  return scp ? scp[1] : undefined;
}

/** The environment an operand is in: a remote host (config may name it), else this machine. */
export function operandEnvironment(operand: string, ctx: Context): Environment {
  const host = remoteHost(operand);
  return host
    ? resolveEnvironment(
        [{ kind: 'http-host', value: host, source: 'target', detail: `remote host of ${operand}` }],
        ctx,
      )
    : localEnvironment(ctx);
}

export function parseRsync(args: readonly string[]): RsyncParsed {
  return { args: parseOptions(args, SPECS, { style: 'pflag' }) };
}
