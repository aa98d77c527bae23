import { verifyPassphrase } from '../io/passphrase.js';
import { confirmationPhrases, panelLines } from '../core/present.js';
import type { Decision } from '../core/types.js';
import { openTerminal, type PromptOutcome, type TerminalSession } from '../io/terminal-prompt.js';

export { MIN_COOLDOWN_SECONDS } from '../core/config-defaults.js';

export interface ConfirmOptions {
  /** Seconds of countdown after a confirmed production (or unknown) command; 0 for none. */
  cooldownSeconds: number;
  /** When set, production commands also need this passphrase. */
  passphrase?: { salt: string; hash: string };
  /** Extra lines shown above the prompt (allowances, ticket notes). */
  notes?: string[];
  /** For production: a further human-only step (the system policy's approval passphrase); 'confirmed' to go on. */
  productionProof?: (terminal: TerminalSession) => Promise<PromptOutcome>;
}

/**
 * Shows the panel on the controlling terminal and asks for each ENVIRONMENT/RESOURCE phrase,
 * then the passphrase and the cooldown for production. Reads only from /dev/tty: no pipe or
 * pre-scripted stdin can answer it.
 */
export async function confirmOnTerminal(
  argv: readonly string[],
  decision: Decision,
  options: ConfirmOptions = { cooldownSeconds: 0 },
): Promise<PromptOutcome> {
  const terminal = openTerminal();
  if (!terminal) return 'no-terminal';
  try {
    const { default: chalk } = await import('chalk');
    const lines = panelLines(argv, decision);
    terminal.write(
      `${chalk.bold.red(lines[0] ?? '')}\r\n${[...lines.slice(1), ...(options.notes ?? [])].join('\r\n')}\r\n`,
    );
    for (const phrase of confirmationPhrases(decision)) {
      const answer = await terminal.readLine(`Type ${chalk.bold(phrase)} to run it (anything else cancels): `);
      if (answer.kind !== 'line') return answer.kind === 'interrupted' ? 'interrupted' : 'eof';
      if (answer.text !== phrase) {
        terminal.write(`guard: "${answer.text}" does not match; nothing was run.\r\n`);
        return 'mismatch';
      }
    }
    const production = decision.findings.some((f) => f.environment.production);
    if (production && options.passphrase) {
      const answer = await terminal.readLine('Production passphrase: ', { echo: false });
      if (answer.kind !== 'line') return answer.kind === 'interrupted' ? 'interrupted' : 'eof';
      if (!verifyPassphrase(answer.text, options.passphrase)) {
        terminal.write('guard: wrong passphrase; nothing was run.\r\n');
        return 'mismatch';
      }
    }
    if (production && options.productionProof) {
      const outcome = await options.productionProof(terminal);
      if (outcome !== 'confirmed') return outcome;
    }
    if (production && options.cooldownSeconds > 0) {
      const result = await terminal.countdown(options.cooldownSeconds, 'guard: production: running in');
      if (result === 'interrupted') return 'interrupted';
    }
    return 'confirmed';
  } finally {
    terminal.close();
  }
}
