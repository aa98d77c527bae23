import { displaySafe } from '../core/display.js';
import { GuardError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { writeStderr } from '../io/write-stderr.js';

/** The one place errors become output: a `guard:` paragraph and the error's exit code. */
export function reportError(error: unknown): number {
  if (error instanceof GuardError) {
    // Messages quote the user's words (a tool name, an option): escaped, so they cannot carry terminal codes.
    writeStderr(`guard: ${displaySafe(error.message)}${error.hint ? `. ${displaySafe(error.hint)}` : ''}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  writeStderr(`guard: internal error; nothing destructive was run. Please report it with this text:\n${message}\n`);
  return EXIT.internal;
}
