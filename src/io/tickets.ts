import { appendFileSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ticketMessage } from '../core/audit/approval-messages.js';
import { verifySignature, type Signature } from './approval-keys.js';
import { randomToken } from './random-token.js';
import { stateDir } from './state-paths.js';
import { systemPolicy } from './system-policy/load-system-policy.js';

export const TICKET_TTL_MS = 10 * 60 * 1000;

export interface Ticket {
  id: string;
  binding: string;
  /** Redacted argv, for the human to read. */
  argv: string[];
  cwd: string;
  targets: { rule: string; resource: string; environment: string }[];
  phrases: string[];
  created: string;
  expires: string;
  status: 'pending' | 'approved';
  approvedAt?: string;
  /** Random, signed with the rest: two approvals of the same command are different messages. */
  nonce?: string;
  /** The human's signature (ticketMessage) under a pinned approval key. */
  proof?: Signature;
}

function ticketDir(env: NodeJS.ProcessEnv): string {
  const dir = join(stateDir(env), 'tickets');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

const ID = /^[a-z0-9]{10}$/;

export function readTicket(env: NodeJS.ProcessEnv, id: string): Ticket | undefined {
  if (!ID.test(id)) return undefined;
  try {
    return JSON.parse(readFileSync(join(ticketDir(env), `${id}.json`), 'utf8')) as Ticket;
  } catch {
    return undefined;
  }
}

function writeTicket(env: NodeJS.ProcessEnv, ticket: Ticket): void {
  const path = join(ticketDir(env), `${ticket.id}.json`);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(ticket, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

/** Live tickets; expired ones are removed on the way. */
export function listTickets(env: NodeJS.ProcessEnv, nowMs = Date.now()): Ticket[] {
  let dir: string;
  try {
    dir = ticketDir(env);
  } catch {
    return []; // no state directory can be made: no ticket exists (the refusal still stands)
  }
  const tickets: Ticket[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json')) continue;
    const ticket = readTicket(env, name.slice(0, -5));
    if (!ticket) continue;
    if (Date.parse(ticket.expires) <= nowMs) rmSync(join(dir, name), { force: true });
    else tickets.push(ticket);
  }
  return tickets.sort((a, b) => a.created.localeCompare(b.created));
}

/** A pending ticket for this exact command, reused so repeated refusals do not pile up tickets. */
export function openTicket(
  env: NodeJS.ProcessEnv,
  fields: Omit<Ticket, 'id' | 'created' | 'expires' | 'status'>,
  nowMs = Date.now(),
): Ticket {
  const existing = listTickets(env, nowMs).find((t) => t.binding === fields.binding && t.status === 'pending');
  if (existing) return existing;
  const ticket: Ticket = {
    ...fields,
    id: randomTicketId(),
    created: new Date(nowMs).toISOString(),
    expires: new Date(nowMs + TICKET_TTL_MS).toISOString(),
    status: 'pending',
    nonce: randomToken(),
  };
  writeTicket(env, ticket);
  return ticket;
}

export function approveTicket(env: NodeJS.ProcessEnv, ticket: Ticket, nowMs = Date.now(), proof?: Signature): void {
  writeTicket(env, {
    ...ticket,
    status: 'approved',
    approvedAt: new Date(nowMs).toISOString(),
    ...(proof ? { proof } : {}),
  });
}

/**
 * Whether an approved ticket counts. Under a pinned approval key only the human's signature over
 * the ticket's own binding, command, directory, targets, expiry and nonce does: an edited or forged
 * file is simply invalid, and a nonce already used is refused.
 */
function approvalValid(env: NodeJS.ProcessEnv, ticket: Ticket): boolean {
  if (ticket.status !== 'approved') return false;
  const keys = systemPolicy(env).policy?.approvalKeys ?? [];
  if (keys.length === 0) return true;
  if (typeof ticket.nonce !== 'string' || usedNonces(env).has(ticket.nonce)) return false;
  return verifySignature(keys, ticketMessage(ticket), ticket.proof);
}

function usedFile(env: NodeJS.ProcessEnv): string {
  return join(ticketDir(env), 'used-nonces');
}

function usedNonces(env: NodeJS.ProcessEnv): Set<string> {
  try {
    return new Set(readFileSync(usedFile(env), 'utf8').split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

/**
 * Takes the approved, unexpired ticket bound to this command, if any. Single use: the file is
 * renamed away first, so two processes cannot both consume it.
 */
export function consumeApprovedTicket(env: NodeJS.ProcessEnv, binding: string, nowMs = Date.now()): Ticket | undefined {
  const ticket = listTickets(env, nowMs).find((t) => t.binding === binding && approvalValid(env, t));
  if (!ticket) return undefined;
  const path = join(ticketDir(env), `${ticket.id}.json`);
  try {
    renameSync(path, `${path}.used`);
  } catch {
    return undefined;
  }
  if (ticket.nonce) appendFileSync(usedFile(env), `${ticket.nonce}\n`, { mode: 0o600 });
  rmSync(`${path}.used`, { force: true });
  return ticket;
}

/** 32 letters and digits without look-alikes; 256 is a multiple of 32, so every byte maps without bias. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Ten random characters from the kernel (node:crypto would cost milliseconds to load on every refusal). */
function randomTicketId(): string {
  return [...Buffer.from(randomToken(10), 'hex')].map((b) => ALPHABET[b % 32]).join('');
}
