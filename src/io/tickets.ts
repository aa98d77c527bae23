import { closeSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateDir } from './state-paths.js';

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
  const dir = ticketDir(env);
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
export function openTicket(env: NodeJS.ProcessEnv, fields: Omit<Ticket, 'id' | 'created' | 'expires' | 'status'>, nowMs = Date.now()): Ticket {
  const existing = listTickets(env, nowMs).find((t) => t.binding === fields.binding && t.status === 'pending');
  if (existing) return existing;
  const ticket: Ticket = {
    ...fields,
    id: randomTicketId(),
    created: new Date(nowMs).toISOString(),
    expires: new Date(nowMs + TICKET_TTL_MS).toISOString(),
    status: 'pending',
  };
  writeTicket(env, ticket);
  return ticket;
}

export function approveTicket(env: NodeJS.ProcessEnv, ticket: Ticket, nowMs = Date.now()): void {
  writeTicket(env, { ...ticket, status: 'approved', approvedAt: new Date(nowMs).toISOString() });
}

/**
 * Takes the approved, unexpired ticket bound to this command, if any. Single use: the file is
 * renamed away first, so two processes cannot both consume it.
 */
export function consumeApprovedTicket(env: NodeJS.ProcessEnv, binding: string, nowMs = Date.now()): Ticket | undefined {
  const ticket = listTickets(env, nowMs).find((t) => t.binding === binding && t.status === 'approved');
  if (!ticket) return undefined;
  const path = join(ticketDir(env), `${ticket.id}.json`);
  try {
    renameSync(path, `${path}.used`);
  } catch {
    return undefined;
  }
  rmSync(`${path}.used`, { force: true });
  return ticket;
}

/** 32 letters and digits without look-alikes; 256 is a multiple of 32, so every byte maps without bias. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Ten random characters from the kernel (node:crypto would cost milliseconds to load on every refusal). */
function randomTicketId(): string {
  const bytes = Buffer.alloc(10);
  const fd = openSync('/dev/urandom', 'r');
  try {
    readSync(fd, bytes, 0, bytes.length, null);
  } finally {
    closeSync(fd);
  }
  return [...bytes].map((b) => ALPHABET[b % 32]).join('');
}
