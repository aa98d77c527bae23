// Sends one audit record to syslog and/or an OTLP collector from a detached child, so a benign
// command never waits for the network and guard's own exit cannot cut a delivery short. A failed
// delivery is appended to a local file next to the audit trail (the child does it).
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { ChainedRecord } from '../../core/audit/record.js';
import {
  DEFAULT_SYSLOG_TAG,
  otlpLogsRequest,
  syslogSeverity,
  syslogTransport,
  type AuditShipping,
  type SyslogTarget,
} from '../../core/audit/shipping.js';

/** Absolute paths only: a PATH the agent set must not choose the program that carries the audit. */
const LOGGER = ['/usr/bin/logger', '/bin/logger'];
const SHIP_TIMEOUT_SECONDS = 5;

export function shippingFailuresPath(auditDir: string): string {
  return join(auditDir, 'audit-shipping-failures.log');
}

/** Starts the deliveries and returns at once; never throws (a failure to start is recorded locally too). */
export function shipAudit(record: ChainedRecord, shipping: AuditShipping, failures: string): void {
  const line = JSON.stringify(record);
  if (shipping.syslog)
    startDetached(
      '/bin/sh',
      ['-c', SYSLOG_SCRIPT, 'guard-ship', ...loggerArgs(shipping.syslog, record)],
      { GUARD_AUDIT_LINE: line, GUARD_SHIP_FAILURES: failures, GUARD_SHIP_WHAT: `syslog ${shipping.syslog.to}` },
      failures,
    );
  if (shipping.otlp) {
    const env = {
      GUARD_OTLP_BODY: JSON.stringify(otlpLogsRequest(record, hostname())),
      GUARD_OTLP_ENDPOINT: shipping.otlp.endpoint,
      GUARD_OTLP_HEADERS: JSON.stringify(shipping.otlp.headers ?? {}),
      GUARD_SHIP_FAILURES: failures,
    };
    startDetached(process.execPath, ['-e', OTLP_SCRIPT], env, failures);
  }
}

function loggerArgs(target: SyslogTarget, record: ChainedRecord): string[] {
  const logger = LOGGER.find((p) => existsSync(p)) ?? 'logger-not-found';
  const transport = syslogTransport(target.to);
  const where = !transport
    ? ['--socket', '/nonexistent']
    : transport.kind === 'unix'
      ? ['--socket', transport.path]
      : [
          '--server',
          transport.host,
          '--port',
          String(transport.port),
          transport.kind === 'udp' ? '--udp' : '--tcp',
          ...(transport.kind === 'tcp' ? ['--octet-count'] : []),
        ];
  // /dev/log is read by journald or the system rsyslog's special parser, which expect the local format; elsewhere RFC 5424.
  const format = target.to === 'local' ? [] : ['--rfc5424'];
  return [
    logger,
    ...format,
    '--tag',
    target.tag ?? DEFAULT_SYSLOG_TAG,
    '--priority',
    `auth.${syslogSeverity(record)}`,
    '--size',
    '65536',
    '--socket-errors=on',
    ...where,
  ];
}

// $1 is logger; the record comes from the environment (never argv, which other users can read in ps).
const SYSLOG_SCRIPT = `printf '%s\\n' "$GUARD_AUDIT_LINE" | timeout ${SHIP_TIMEOUT_SECONDS} "$@" 2>/dev/null
rc=$?
[ "$rc" -eq 0 ] || printf '%s guard: audit record not delivered to %s (logger exit %s)\\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$GUARD_SHIP_WHAT" "$rc" >>"$GUARD_SHIP_FAILURES"`;

const OTLP_SCRIPT = `const e=process.env,fs=require('fs');const fail=(w)=>{try{fs.appendFileSync(e.GUARD_SHIP_FAILURES,new Date().toISOString()+' guard: audit record not delivered to OTLP '+e.GUARD_OTLP_ENDPOINT+' ('+w+')\\n')}catch{}};
fetch(e.GUARD_OTLP_ENDPOINT,{method:'POST',headers:{'content-type':'application/json',...JSON.parse(e.GUARD_OTLP_HEADERS)},body:e.GUARD_OTLP_BODY,signal:AbortSignal.timeout(${SHIP_TIMEOUT_SECONDS * 1000})}).then((r)=>{if(!r.ok)fail('HTTP '+r.status)},(x)=>fail(x&&x.name==='TimeoutError'?'timed out':String(x&&x.cause&&x.cause.code||x)));`;

function startDetached(file: string, args: string[], env: Record<string, string>, failures: string): void {
  try {
    // A clean environment: no NODE_OPTIONS or PATH from the agent reaches the child.
    const child = spawn(file, args, { detached: true, stdio: 'ignore', env: { PATH: '/usr/bin:/bin', ...env } });
    child.on('error', () => recordStartFailure(failures, file));
    child.unref();
  } catch {
    recordStartFailure(failures, file);
  }
}

function recordStartFailure(failures: string, file: string): void {
  try {
    appendFileSync(failures, `${new Date().toISOString()} guard: could not start ${file} to ship an audit record\n`, {
      mode: 0o600,
    });
  } catch {
    // nothing left to record with
  }
}
