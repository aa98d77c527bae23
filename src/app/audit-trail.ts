import { userInfo } from 'node:os';
import { detectAgent } from '../core/audit/agent.js';
import { redactArgv } from '../core/audit/redact.js';
import { allowedByForAudit } from '../core/config/allowances.js';
import type { AuditRecord, ChainedRecord } from '../core/audit/record.js';
import type { Context, Decision } from '../core/types.js';
import { dirname } from 'node:path';
import { appendAudit } from '../io/audit/audit-log.js';
import { shipAudit, shippingFailuresPath } from '../io/audit/ship-audit.js';
import { auditPath } from '../io/state-paths.js';

export interface AuditTrail {
  path: string;
  /** Appends; throws when the record cannot be written (callers refuse destructive work then). */
  append(fields: Partial<AuditRecord> & Pick<AuditRecord, 'decision'>): ChainedRecord;
  /** Appends, ignoring failure: for records that no longer decide anything (benign runs, refusals). */
  tryAppend(fields: Partial<AuditRecord> & Pick<AuditRecord, 'decision'>): ChainedRecord | undefined;
}

/** The audit trail of one guard invocation: the shared fields (time, user, cwd, redacted argv, agent) filled in. */
export function auditTrail(
  ctx: Context,
  argv: readonly string[],
  decision: Decision | undefined,
  toolPath?: string,
): AuditTrail {
  const path = auditPath(ctx.env, ctx.config.audit?.path);
  const base = (): AuditRecord => ({
    time: new Date().toISOString(),
    decision: 'allow',
    user: currentUser(ctx),
    cwd: ctx.cwd,
    argv: redactArgv(argv),
    tool: argv[0],
    toolPath,
    agent: detectAgent(ctx.env),
    ...(decision && decision.findings.length > 0
      ? {
          rules: decision.findings.map((f) => f.rule),
          resources: decision.findings.map((f) => f.resource),
          environment: decision.findings.map((f) => ({
            name: f.environment.name,
            source: f.environment.source,
            production: f.environment.production,
            evidence: f.environment.evidence,
          })),
        }
      : {}),
    ...allowedByForAudit(decision),
  });
  const append = (fields: Partial<AuditRecord> & Pick<AuditRecord, 'decision'>): ChainedRecord => {
    const chained = appendAudit(path, { ...base(), ...fields });
    // Shipped after the local write: syslog/OTLP get every record, so the chain head is anchored off the file.
    const shipping = ctx.config.audit;
    if (shipping?.syslog || shipping?.otlp) shipAudit(chained, shipping, shippingFailuresPath(dirname(path)));
    return chained;
  };
  return {
    path,
    append,
    tryAppend: (fields) => {
      try {
        return append(fields);
      } catch {
        return undefined;
      }
    },
  };
}

function currentUser(ctx: Context): string {
  try {
    return userInfo().username;
  } catch {
    return ctx.env.USER ?? String(process.getuid?.() ?? 'unknown');
  }
}
