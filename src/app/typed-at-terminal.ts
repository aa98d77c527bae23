import { EXIT } from '../core/exit-codes.js';
import { GuardError } from '../core/errors.js';
import { openTerminal, type TerminalSession } from '../io/terminal-prompt.js';

/**
 * A human-only action (lock, unlock, uninstall): the human types `word` at a verified terminal.
 * No terminal, or one a program drives, is a refusal (77): an agent cannot do these for itself.
 */
export async function typedAtTerminal(
  word: string,
  panel: string,
  then?: (terminal: TerminalSession) => Promise<boolean>,
): Promise<boolean> {
  const terminal = openTerminal();
  if (!terminal)
    throw new GuardError(`\`guard ${word}\` needs a human at a terminal`, {
      exitCode: EXIT.refused,
      hint: 'run it yourself in your own terminal',
    });
  try {
    terminal.write(`${panel}\r\n`);
    const answer = await terminal.readLine(`Type ${word} to confirm: `);
    if (answer.kind !== 'line' || answer.text !== word) return false;
    // A further proof at the same terminal (the approval passphrase, when the system policy asks for it).
    return then ? await then(terminal) : true;
  } finally {
    terminal.close();
  }
}
