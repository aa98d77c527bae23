// The passphrase step of every human-only action under a pinned approval key: rate-limited, typed
// without echo at the terminal the caller already opened (and so already verified as a human's).
import { requiresProof } from '../core/config/requires-proof.js';
import type { ProofAction } from '../core/config/system-policy-schema.js';
import type { Context } from '../core/types.js';
import { signWithPassphrase, type Signature } from '../io/approval-keys.js';
import {
  clearPassphraseFailures,
  DEFAULT_ATTEMPTS,
  passphraseWaitMs,
  recordPassphraseFailure,
} from '../io/passphrase-attempts.js';
import type { TerminalSession } from '../io/terminal-prompt.js';

export type ProofResult =
  | { kind: 'signed'; proof: Signature }
  | { kind: 'not-required' }
  | { kind: 'wrong' | 'rate-limited' | 'interrupted' | 'eof' };

/** Asks for the approval passphrase when the system policy requires it for `action`, and signs `message`. */
export async function humanProof(
  ctx: Context,
  terminal: TerminalSession,
  action: ProofAction,
  message: string,
): Promise<ProofResult> {
  const policy = ctx.config.system?.policy;
  if (!requiresProof(policy, action)) return { kind: 'not-required' };
  const env = ctx.env as NodeJS.ProcessEnv;
  const limits = policy?.passphraseAttempts ?? DEFAULT_ATTEMPTS;
  const wait = passphraseWaitMs(env, limits);
  if (wait > 0) {
    terminal.write(
      `guard: too many wrong passphrases; try again in ${Math.ceil(wait / 1000)} s. Nothing was done.\r\n`,
    );
    return { kind: 'rate-limited' };
  }
  const answer = await terminal.readLine('Approval passphrase: ', { echo: false });
  if (answer.kind !== 'line') return { kind: answer.kind };
  const proof = signWithPassphrase(answer.text, policy?.approvalKeys ?? [], message);
  if (!proof) {
    recordPassphraseFailure(env);
    terminal.write('guard: wrong passphrase; nothing was done.\r\n');
    return { kind: 'wrong' };
  }
  clearPassphraseFailures(env);
  return { kind: 'signed', proof };
}
