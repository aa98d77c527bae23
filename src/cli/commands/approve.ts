import type { Command } from 'commander';
import { EXIT } from '../../core/exit-codes.js';
import { GuardError, UsageError } from '../../core/errors.js';
import { displaySafe, shellQuote } from '../../core/display.js';
import { ticketMessage } from '../../core/audit/approval-messages.js';
import { humanProof } from '../../app/human-proof.js';
import { newApprovalKey, type Signature } from '../../io/approval-keys.js';
import { hashPassphrase } from '../../io/passphrase.js';
import { auditTrail } from '../../app/audit-trail.js';
import { configuredContext } from '../../app/config-setup.js';
import { processContext } from '../../io/context.js';
import { approveTicket, listTickets, readTicket } from '../../io/tickets.js';
import { openTerminal } from '../../io/terminal-prompt.js';
import type { Register } from './index.js';

export const registerApprove: Register = (program: Command, done) => {
  program
    .command('approve')
    .description('approve a ticket an agent was given: shows the exact command and asks you to type what it destroys')
    .argument('<id>', 'the ticket id from the refusal message')
    .action(async (id: string) => {
      const ctx = await configuredContext();
      const env = ctx.env as NodeJS.ProcessEnv;
      const ticket = listTickets(env).find((t) => t.id === id) ?? readTicket(env, id);
      if (!ticket || Date.parse(ticket.expires) <= Date.now())
        throw new UsageError(
          `no live ticket ${id}`,
          'tickets expire after 10 minutes; `guard tickets` lists the live ones',
        );
      let proof: Signature | undefined;
      const terminal = openTerminal();
      if (!terminal)
        throw new GuardError('`guard approve` needs a human at a terminal', {
          exitCode: EXIT.refused,
          hint: 'an agent cannot approve its own ticket: run it in your own terminal',
        });
      try {
        const lines = [
          `guard: approve ticket ${ticket.id}`,
          `  command      ${shellQuote(ticket.argv)}`,
          `  directory    ${displaySafe(ticket.cwd)}`,
          ...ticket.targets.map((t) => `  ${t.rule}: ${displaySafe(t.resource)} in ${displaySafe(t.environment)}`),
          `  expires      ${ticket.expires}; single use, only for exactly this command in this directory`,
        ];
        terminal.write(`${lines.join('\r\n')}\r\n`);
        for (const phrase of ticket.phrases) {
          const answer = await terminal.readLine(`Type ${displaySafe(phrase)} to approve (anything else cancels): `);
          if (answer.kind !== 'line' || answer.text !== phrase) {
            terminal.write('guard: not approved.\r\n');
            auditTrail(ctx, ticket.argv, undefined).tryAppend({
              decision: 'confirm-failed',
              how: 'approve',
              ticket: ticket.id,
            });
            return done(answer.kind === 'interrupted' ? EXIT.interrupted : EXIT.refused);
          }
        }
        const signed = await humanProof(ctx, terminal, 'approve', ticketMessage(ticket));
        if (signed.kind !== 'signed' && signed.kind !== 'not-required') {
          auditTrail(ctx, ticket.argv, undefined).tryAppend({
            decision: 'confirm-failed',
            how: `approve:${signed.kind}`,
            ticket: ticket.id,
          });
          return done(signed.kind === 'interrupted' ? EXIT.interrupted : EXIT.refused);
        }
        proof = signed.kind === 'signed' ? signed.proof : undefined;
      } finally {
        terminal.close();
      }
      auditTrail(ctx, ticket.argv, undefined).append({
        decision: 'approved',
        how: proof ? 'terminal+passphrase' : 'terminal',
        ticket: ticket.id,
        resources: ticket.targets.map((t) => t.resource),
      });
      approveTicket(env, ticket, Date.now(), proof);
      process.stdout.write(
        `guard: ticket ${ticket.id} approved; the same command may now run once, until ${ticket.expires}\n`,
      );
      done(EXIT.ok);
    });
  program
    .command('tickets')
    .description('list live approval tickets')
    .option('--json', 'as JSON')
    .action((options: { json?: boolean }) => {
      const tickets = listTickets(processContext().env as NodeJS.ProcessEnv);
      if (options.json) process.stdout.write(`${JSON.stringify(tickets, null, 2)}\n`);
      else if (tickets.length === 0) process.stdout.write('guard: no live tickets\n');
      else
        for (const t of tickets)
          process.stdout.write(`${t.id}  ${t.status.padEnd(8)}  until ${t.expires}  ${shellQuote(t.argv)}\n`);
      done(EXIT.ok);
    });
  program
    .command('passphrase')
    .description(
      'derive an approval key pair from a passphrase and print its public key line for the system policy ("approvalKeys": …)',
    )
    .option(
      '--user-config',
      'print instead a salted scrypt hash for your user config ("passphrase": …), the weaker same-account second factor',
    )
    .action(async (options: { userConfig?: boolean }) => {
      const terminal = openTerminal();
      if (!terminal) throw new GuardError('`guard passphrase` needs a terminal', { exitCode: EXIT.refused });
      const min = options.userConfig ? 8 : 12;
      try {
        const first = await terminal.readLine('New passphrase: ', { echo: false });
        const second = await terminal.readLine('Again: ', { echo: false });
        if (first.kind !== 'line' || second.kind !== 'line' || first.text !== second.text || first.text.length < min) {
          terminal.write(`guard: passphrases differ or are shorter than ${min} characters\r\n`);
          return done(EXIT.refused);
        }
        if (options.userConfig) process.stdout.write(`${JSON.stringify({ passphrase: hashPassphrase(first.text) })}\n`);
        else process.stdout.write(`${JSON.stringify({ approvalKeys: [newApprovalKey(first.text)] })}\n`);
      } finally {
        terminal.close();
      }
      done(EXIT.ok);
    });
};
