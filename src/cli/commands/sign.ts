import type { Command } from 'commander';
import { allowanceMessage, disableMessage } from '../../core/audit/approval-messages.js';
import { GuardError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { configuredContext } from '../../app/config-setup.js';
import { humanProof } from '../../app/human-proof.js';
import { auditTrail } from '../../app/audit-trail.js';
import { openTerminal } from '../../io/terminal-prompt.js';
import type { Register } from './index.js';

/** `guard sign allow|disable`: the human signs one loosening for the user config, under a policy with `loosening: signed`. */
export const registerSign: Register = (program: Command, done) => {
  const sign = program
    .command('sign')
    .description(
      'sign an allowance or a disabled rule with your approval passphrase (system policy "loosening": "signed")',
    );
  const run = async (what: string, message: string, entry: object, key: 'allow' | 'disable'): Promise<void> => {
    const ctx = await configuredContext();
    if (!ctx.config.system?.policy.approvalKeys?.length)
      throw new GuardError('no approval key is pinned in the system policy', {
        exitCode: EXIT.config,
        hint: 'put the line `guard passphrase` prints into /etc/guard/policy.json first',
      });
    const terminal = openTerminal();
    if (!terminal)
      throw new GuardError('`guard sign` needs a human at a terminal', {
        exitCode: EXIT.refused,
        hint: 'an agent cannot sign its own allowance: run it in your own terminal',
      });
    try {
      terminal.write(`guard: sign ${what}\r\n`);
      const result = await humanProof(ctx, terminal, 'approve', message);
      if (result.kind !== 'signed') {
        auditTrail(ctx, ['guard', 'sign', key], undefined).tryAppend({
          decision: 'confirm-failed',
          how: `sign:${result.kind}`,
        });
        return done(result.kind === 'interrupted' ? EXIT.interrupted : EXIT.refused);
      }
      auditTrail(ctx, ['guard', 'sign', key], undefined).append({
        decision: 'approved',
        how: 'terminal+passphrase',
        note: what,
      });
      process.stdout.write(`${JSON.stringify({ [key]: [{ ...entry, signature: result.proof }] })}\n`);
      done(EXIT.ok);
    } finally {
      terminal.close();
    }
  };
  sign
    .command('allow')
    .argument('<rule>')
    .argument('<environment>', 'environment pattern (`*` wildcard)')
    .argument('<resource>', 'resource pattern (`*` wildcard)')
    .action((rule: string, environment: string, resource: string) =>
      run(
        `the allowance of ${rule} in ${environment} for ${resource}`,
        allowanceMessage({ rule, environment, resource }),
        { rule, environment, resource },
        'allow',
      ),
    );
  sign
    .command('disable')
    .argument('<rule>')
    .action((rule: string) => run(`disabling ${rule}`, disableMessage(rule), { rule }, 'disable'));
};
