// Assignments whose value is code the shell runs later: PROMPT_COMMAND (before every prompt),
// BASH_ENV / ENV (a file sourced by every non-interactive shell). They are judged where they are set.

/** The command the assignment amounts to, or undefined for an ordinary variable. */
export function specialAssignment(name: string, value: string): string[] | undefined {
  if (value === '') return undefined;
  if (name === 'PROMPT_COMMAND') return ['eval', value];
  if (name === 'BASH_ENV' || name === 'ENV') return ['.', value];
  return undefined;
}
