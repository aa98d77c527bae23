// bash's /dev/tcp/HOST/PORT and /dev/udp/HOST/PORT: a redirection that opens a raw socket for
// writing sends whatever follows (FLUSHALL to redis, SQL to a database) where guard cannot read it.
import type { Finding } from '../types.js';
import { opaqueFinding } from './shell-findings.js';

const SOCKET_PATH = /^\/dev\/(tcp|udp)\/([^/]+)\/(\w+)/;

export function rawSocketFinding(op: string, target: string): Finding | undefined {
  if (op === '<') return undefined;
  const m = SOCKET_PATH.exec(target);
  if (!m) return undefined;
  return opaqueFinding(
    `${m[1]}:${m[2]}:${m[3]}`,
    `the line opens a raw ${m[1]} socket to ${m[2]}:${m[3]} for writing (${op} ${target}); guard cannot read what it sends`,
  );
}
