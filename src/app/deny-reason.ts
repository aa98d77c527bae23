/**
 * Why guard must not ask a human right now, or undefined when it may. Only ever makes guard
 * stricter: nothing here can let a destructive command run without a human.
 */
export function denyReason(options: { deny: boolean; env: NodeJS.ProcessEnv }): string | undefined {
  if (options.deny) return 'deny mode (--deny)';
  const ci = options.env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false')
    return `non-interactive deny mode (CI=${ci})`;
  return undefined;
}
