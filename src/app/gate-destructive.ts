import { isBurst, DEFAULT_BURST } from '../core/audit/burst.js';
import { redactArgv } from '../core/audit/redact.js';
import { ticketBinding } from '../core/audit/ticket-binding.js';
import { DEFAULT_COOLDOWN_SECONDS, MIN_COOLDOWN_SECONDS } from '../core/config-defaults.js';
import { EXIT } from '../core/exit-codes.js';
import { confirmationPhrases, refusalParagraph } from '../core/present.js';
import { shellQuote } from '../core/display.js';
import type { Context, Decision } from '../core/types.js';
import { sendAlert } from '../io/alert.js';
import { readRecentAudit } from '../io/audit/audit-log.js';
import { readLock, writeLock } from '../io/lock-state.js';
import { consumeApprovedTicket, openTicket } from '../io/tickets.js';
import type { AuditTrail } from './audit-trail.js';
import { denyReason } from './deny-reason.js';
import { writeStderr } from '../io/write-stderr.js';
import type { PromptOutcome, TerminalSession } from '../io/terminal-prompt.js';
import { confirmMessage } from '../core/audit/approval-messages.js';
import { humanProof } from './human-proof.js';

export type Gate = { proceed: true; ref: string } | { proceed: false; code: number };

/**
 * Everything between "this is destructive" and running it: the kill switch, the burst lockout,
 * approval tickets, deny mode, and the typed confirmation. Every outcome is audited; a
 * confirmation whose audit record cannot be written is refused.
 */
export async function gateDestructive(
  argv: readonly string[],
  decision: Decision,
  ctx: Context,
  trail: AuditTrail,
  deny: boolean,
): Promise<Gate> {
  const env = ctx.env as NodeJS.ProcessEnv;
  const lock = readLock(env);
  if (lock)
    return refuse(
      argv,
      decision,
      ctx,
      trail,
      `guard is locked (${lock.reason}: ${lock.detail}, since ${lock.since}); a human must run \`guard unlock\` at a terminal`,
      'lock',
    );

  const policy = ctx.config.lockout ?? DEFAULT_BURST;
  const now = Date.now();
  if (isBurst(readRecentAudit(trail.path, now - policy.windowSeconds * 1000), now, policy)) {
    writeLock(env, {
      since: new Date().toISOString(),
      reason: 'burst',
      detail: `more than ${policy.attempts} destructive attempts within ${policy.windowSeconds} s`,
    });
    trail.tryAppend({ decision: 'lock', how: 'burst' });
    return refuse(
      argv,
      decision,
      ctx,
      trail,
      `too many destructive attempts in a short time: guard is now locked until a human runs \`guard unlock\` at a terminal`,
      'burst',
    );
  }

  const binding = ticketBinding(argv, ctx.cwd, decision);
  const ticket = consumeApprovedTicket(env, binding);
  if (ticket) {
    const record = writeOrRefuse(trail, { decision: 'ticket-used', how: 'ticket', ticket: ticket.id });
    if (!record.ok) return refuse(argv, decision, ctx, trail, record.why, 'audit');
    writeStderr(`guard: running with ticket ${ticket.id}, approved by a human at ${ticket.approvedAt ?? '?'}\n`);
    return { proceed: true, ref: record.hash };
  }

  const reason = denyReason({ deny, env });
  const outcome = reason
    ? 'denied'
    : await (
        await import('./confirm-decision.js')
      ).confirmOnTerminal(argv, decision, {
        cooldownSeconds: Math.max(MIN_COOLDOWN_SECONDS, ctx.config.cooldownSeconds ?? DEFAULT_COOLDOWN_SECONDS),
        ...(ctx.config.passphrase ? { passphrase: ctx.config.passphrase } : {}),
        productionProof: productionProof(ctx, binding),
      });
  if (outcome === 'denied' || outcome === 'no-terminal') {
    const ticketNote = issueTicket(argv, decision, ctx, binding);
    return refuse(
      argv,
      decision,
      ctx,
      trail,
      reason ?? 'no controlling terminal a human types into (none, or one a program drives)',
      outcome === 'denied' ? 'deny-mode' : 'no-terminal',
      ticketNote,
    );
  }
  if (outcome !== 'confirmed') {
    trail.tryAppend({ decision: 'confirm-failed', how: `terminal:${outcome}` });
    sendAlert(ctx.config.alerts, { event: 'confirm-failed', argv: redactArgv(argv), findings: summary(decision) });
    if (outcome === 'interrupted') {
      writeStderr('guard: interrupted at the prompt; nothing was run.\n');
      return { proceed: false, code: EXIT.interrupted };
    }
    if (outcome === 'eof') writeStderr('guard: no confirmation typed; nothing was run.\n');
    return { proceed: false, code: EXIT.refused };
  }
  const record = writeOrRefuse(trail, { decision: 'confirm-ok', how: 'terminal' });
  if (!record.ok) return refuse(argv, decision, ctx, trail, record.why, 'audit');
  if (decision.findings.some((f) => f.environment.production)) {
    sendAlert(ctx.config.alerts, {
      event: 'confirmed-production',
      argv: redactArgv(argv),
      findings: summary(decision),
    });
  }
  return { proceed: true, ref: record.hash };
}

function writeOrRefuse(
  trail: AuditTrail,
  fields: Parameters<AuditTrail['append']>[0],
): { ok: true; hash: string } | { ok: false; why: string } {
  try {
    return { ok: true, hash: trail.append(fields).hash };
  } catch (error) {
    return {
      ok: false,
      why: `its audit record could not be written to ${trail.path} (${(error as Error).message}); fix the audit directory's permissions or space`,
    };
  }
}

function refuse(
  argv: readonly string[],
  decision: Decision,
  ctx: Context,
  trail: AuditTrail,
  why: string,
  how: string,
  extra?: { id: string; text: string },
): Gate {
  trail.tryAppend({ decision: 'refused', how, ...(extra ? { ticket: extra.id } : {}) });
  sendAlert(ctx.config.alerts, { event: 'refused', how, argv: redactArgv(argv), findings: summary(decision) });
  writeStderr(`${refusalParagraph(argv, decision, why)}\n`);
  if (extra) writeStderr(`${extra.text}\n`);
  return { proceed: false, code: EXIT.refused };
}

/** A ticket for the human; the instruction is written for the agent that reads stderr. */
function issueTicket(
  argv: readonly string[],
  decision: Decision,
  ctx: Context,
  binding: string,
): { id: string; text: string } | undefined {
  try {
    const ticket = openTicket(ctx.env as NodeJS.ProcessEnv, {
      binding,
      argv: redactArgv(argv),
      cwd: ctx.cwd,
      targets: summary(decision),
      phrases: confirmationPhrases(decision),
    });
    return {
      id: ticket.id,
      text:
        `guard: ticket ${ticket.id}. If you are an agent: stop here, do not look for another way to do this, and ask the user. ` +
        `The user can approve it in their own terminal with \`guard approve ${ticket.id}\` (valid until ${ticket.expires}); ` +
        `then run exactly the same command again from ${shellQuote([ctx.cwd])}.`,
    };
  } catch {
    return undefined;
  }
}

/** Under a system policy that requires it, a production (or unknown) command also needs the approval passphrase. */
function productionProof(ctx: Context, binding: string): (terminal: TerminalSession) => Promise<PromptOutcome> {
  return async (terminal) => {
    const result = await humanProof(ctx, terminal, 'production', confirmMessage(binding, new Date().toISOString()));
    if (result.kind === 'signed' || result.kind === 'not-required') return 'confirmed';
    return result.kind === 'interrupted' || result.kind === 'eof' ? result.kind : 'mismatch';
  };
}

function summary(decision: Decision): { rule: string; resource: string; environment: string }[] {
  return decision.findings.map((f) => ({ rule: f.rule, resource: f.resource, environment: f.environment.name }));
}
