import type { Command } from 'commander';
import { EXIT } from '../../core/exit-codes.js';
import { auditTrail } from '../../app/audit-trail.js';
import { configuredContext } from '../../app/config-setup.js';
import { processContext } from '../../io/context.js';
import { unlockMessage } from '../../core/audit/approval-messages.js';
import { humanProof } from '../../app/human-proof.js';
import type { Signature } from '../../io/approval-keys.js';
import { readLock, writeLock, writeUnlock } from '../../io/lock-state.js';
import { listTickets } from '../../io/tickets.js';
import { typedAtTerminal } from '../../app/typed-at-terminal.js';
import type { TerminalSession } from '../../io/terminal-prompt.js';
import type { Register } from './index.js';

export const registerLock: Register = (program: Command, done) => {
  program
    .command('lock')
    .description('kill switch: refuse every destructive command, on every shim and hook, until `guard unlock`')
    .action(async () => {
      const ctx = await configuredContext();
      if (
        !(await typedAtTerminal(
          'lock',
          'guard: lock refuses every destructive command until a human runs `guard unlock`.',
        ))
      )
        return done(EXIT.refused);
      writeLock(ctx.env as NodeJS.ProcessEnv, {
        since: new Date().toISOString(),
        reason: 'kill-switch',
        detail: 'locked by a human with `guard lock`',
      });
      auditTrail(ctx, ['guard', 'lock'], undefined).append({ decision: 'lock', how: 'terminal' });
      process.stdout.write('guard: locked: every destructive command is refused until `guard unlock`\n');
      done(EXIT.ok);
    });
  program
    .command('unlock')
    .description('lift the kill switch or a burst lockout (needs a human at a terminal)')
    .action(async () => {
      const ctx = await configuredContext();
      const lock = readLock(ctx.env as NodeJS.ProcessEnv);
      if (!lock) {
        process.stdout.write('guard: not locked\n');
        return done(EXIT.ok);
      }
      let proof: Signature | undefined;
      const signed = async (terminal: TerminalSession): Promise<boolean> => {
        const result = await humanProof(ctx, terminal, 'unlock', unlockMessage(lock));
        if (result.kind === 'signed') proof = result.proof;
        return result.kind === 'signed' || result.kind === 'not-required';
      };
      if (
        !(await typedAtTerminal(
          'unlock',
          `guard: locked since ${lock.since} (${lock.reason}: ${lock.detail}).`,
          signed,
        ))
      ) {
        auditTrail(ctx, ['guard', 'unlock'], undefined).tryAppend({ decision: 'confirm-failed', how: 'unlock' });
        return done(EXIT.refused);
      }
      writeUnlock(ctx.env as NodeJS.ProcessEnv, lock, proof);
      auditTrail(ctx, ['guard', 'unlock'], undefined).append({
        decision: 'unlock',
        how: 'terminal',
        note: `${lock.reason}: ${lock.detail}`,
      });
      process.stdout.write('guard: unlocked\n');
      done(EXIT.ok);
    });
  program
    .command('status')
    .description('is guard locked, and which approval tickets are pending')
    .action(() => {
      const env = processContext().env as NodeJS.ProcessEnv;
      const lock = readLock(env);
      process.stdout.write(
        lock
          ? `guard: LOCKED since ${lock.since} (${lock.reason}: ${lock.detail}); a human must run \`guard unlock\`\n`
          : 'guard: not locked\n',
      );
      const tickets = listTickets(env);
      process.stdout.write(
        `guard: ${tickets.length} live ticket(s)${tickets.length ? `: ${tickets.map((t) => `${t.id} (${t.status})`).join(', ')}` : ''}\n`,
      );
      done(EXIT.ok);
    });
};
