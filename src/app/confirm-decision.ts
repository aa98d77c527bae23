import { confirmationPhrases, panelLines } from '../core/present.js';
import type { Decision } from '../core/types.js';
import { openTerminal, type PromptOutcome } from '../io/terminal-prompt.js';

/**
 * Shows the panel on the controlling terminal and asks for each ENVIRONMENT/RESOURCE phrase.
 * Reads only from /dev/tty: no pipe or pre-scripted stdin can answer it.
 */
export async function confirmOnTerminal(argv: readonly string[], decision: Decision): Promise<PromptOutcome> {
  const terminal = openTerminal();
  if (!terminal) return 'no-terminal';
  try {
    const { default: chalk } = await import('chalk');
    const lines = panelLines(argv, decision);
    terminal.write(`${chalk.bold.red(lines[0] ?? '')}\r\n${lines.slice(1).join('\r\n')}\r\n`);
    for (const phrase of confirmationPhrases(decision)) {
      const answer = await terminal.readLine(`Type ${chalk.bold(phrase)} to run it (anything else cancels): `);
      if (answer.kind !== 'line') return answer.kind === 'interrupted' ? 'interrupted' : 'eof';
      if (answer.text !== phrase) {
        terminal.write(`guard: "${answer.text}" does not match; nothing was run.\r\n`);
        return 'mismatch';
      }
    }
    return 'confirmed';
  } finally {
    terminal.close();
  }
}
