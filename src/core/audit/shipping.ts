// Where audit records go besides the local file: syslog (RFC 5424) and OpenTelemetry logs (OTLP/HTTP JSON).
import type { ChainedRecord } from './record.js';

export interface SyslogTarget {
  /** `local` (/dev/log), `unix:/path/to/socket`, `udp://host:port` or `tcp://host:port`. */
  to: string;
  /** The syslog APP-NAME; default guard-audit. */
  tag?: string;
  /** A file (or `journal`) the shipped records can be read back from: `guard log verify` checks the chain head against it. */
  readBack?: string;
}

export interface OtlpTarget {
  /** The collector's logs endpoint, e.g. http://collector:4318/v1/logs. */
  endpoint: string;
  headers?: Record<string, string>;
}

export interface AuditShipping {
  syslog?: SyslogTarget;
  otlp?: OtlpTarget;
}

export const DEFAULT_SYSLOG_TAG = 'guard-audit';

export type SyslogTransport = { kind: 'unix'; path: string } | { kind: 'udp' | 'tcp'; host: string; port: number };

/** The transport a `to` names; undefined for a spelling guard does not know (a config problem). */
export function syslogTransport(to: string): SyslogTransport | undefined {
  if (to === 'local') return { kind: 'unix', path: '/dev/log' };
  if (to.startsWith('unix:')) return to.length > 5 ? { kind: 'unix', path: to.slice(5) } : undefined;
  const m = /^(udp|tcp):\/\/(\[[^\]]+\]|[^:/]+)(?::(\d{1,5}))?\/?$/.exec(to);
  if (!m) return undefined;
  return {
    kind: m[1] as 'udp' | 'tcp',
    host: (m[2] as string).replace(/^\[|\]$/g, ''),
    port: m[3] ? Number(m[3]) : 514,
  };
}

/** Severity of a decision: refusals and failed confirmations are warnings, everything else notice/info. */
export function syslogSeverity(record: ChainedRecord): 'warning' | 'notice' | 'info' {
  if (record.decision === 'refused' || record.decision === 'confirm-failed' || record.decision === 'lock')
    return 'warning';
  return record.decision === 'allow' || record.decision === 'exit' ? 'info' : 'notice';
}

/** The record as one OTLP/HTTP JSON logs request (one LogRecord; the body is the record's JSON). */
export function otlpLogsRequest(record: ChainedRecord, hostName: string): object {
  const severity = syslogSeverity(record);
  const attr = (key: string, value: string | undefined) =>
    value === undefined ? [] : [{ key, value: { stringValue: value } }];
  return {
    resourceLogs: [
      {
        resource: { attributes: [...attr('service.name', 'guard'), ...attr('host.name', hostName)] },
        scopeLogs: [
          {
            scope: { name: 'guard.audit' },
            logRecords: [
              {
                timeUnixNano: String(BigInt(Date.parse(record.time)) * 1_000_000n),
                severityNumber: severity === 'warning' ? 13 : severity === 'notice' ? 10 : 9,
                severityText: severity.toUpperCase(),
                body: { stringValue: JSON.stringify(record) },
                attributes: [
                  ...attr('guard.decision', record.decision),
                  ...attr('guard.user', record.user),
                  ...attr('guard.rules', record.rules?.join(',')),
                  ...attr('guard.environment', record.environment?.map((e) => e.name).join(',')),
                  ...attr('guard.hash', record.hash),
                  ...attr('guard.prev', record.prev),
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}
