import { GuardError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';

/**
 * The real tool was found but could not be started: exit as a shell would (127 when the file or
 * its `#!` interpreter is missing, 126 otherwise: permissions, format, argument list too long).
 */
export function spawnFailure(path: string, error: unknown): GuardError {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
  const missing = code === 'ENOENT';
  const why = missing
    ? `${path} could not be started: it, or the interpreter named on its #! line, does not exist`
    : code === 'E2BIG'
      ? `${path} could not be started: the argument list is too long for the system (E2BIG)`
      : `${path} could not be started (${code})`;
  return new GuardError(`${why}; nothing was run`, {
    exitCode: missing ? EXIT.notFound : EXIT.notExecutable,
    hint: missing ? 'check its #! line and PATH' : 'check its permissions and format',
    cause: error,
  });
}
