import type { PackIndex } from '../classify.js';
import type { Context, Decision } from '../types.js';
import { classifyInvocation } from './classify-invocation.js';
import type { StdinSource } from './invocation.js';

/**
 * Prefix mode and `guard check -- …`: an argv the calling shell already split, seen through its
 * wrappers (`guard sudo rm -rf /x`, `guard env FOO=1 terraform destroy`, `guard bash -c '…'`).
 * `stdin` says what feeds the command when guard did not capture it (a pipe guard cannot see).
 */
export function classifyCommand(
  argv: readonly string[],
  ctx: Context,
  index: PackIndex,
  stdin?: StdinSource,
): Decision {
  const source: StdinSource = ctx.stdin
    ? { kind: 'text', text: ctx.stdin.text, from: 'standard input' }
    : (stdin ?? { kind: 'terminal' });
  const findings = classifyInvocation({ argv: [...argv], ctx, stdin: source, depth: 0 }, index);
  return { decision: findings.length > 0 ? 'confirm' : 'allow', findings };
}
