import { requiresProof } from '../core/config/requires-proof.js';
import { GuardError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { openTerminal } from '../io/terminal-prompt.js';
import { configuredContext } from './config-setup.js';
import { humanProof } from './human-proof.js';

/** Under a system policy that requires it, removing the shims needs the approval passphrase at a terminal. */
export async function uninstallProof(): Promise<boolean> {
  const ctx = await configuredContext();
  if (!requiresProof(ctx.config.system?.policy, 'uninstall')) return true;
  const terminal = openTerminal();
  if (!terminal)
    throw new GuardError('`guard uninstall` needs the approval passphrase at a terminal under this system policy', {
      exitCode: EXIT.refused,
      hint: 'run it yourself in your own terminal',
    });
  try {
    const result = await humanProof(
      ctx,
      terminal,
      'uninstall',
      JSON.stringify(['guard-uninstall-v1', new Date().toISOString()]),
    );
    return result.kind === 'signed';
  } finally {
    terminal.close();
  }
}
