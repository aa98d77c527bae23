import type { PackIndex } from '../classify.js';
import type { Context, Decision } from '../types.js';
import type { StdinSource } from '../unwrap/invocation.js';
import { analyseLine } from './analyse-line.js';

/** The decision for a whole shell line: confirm when any command it would run needs confirmation. */
export function classifyShellLine(line: string, ctx: Context, index: PackIndex, stdin?: StdinSource): Decision {
  const source: StdinSource = ctx.stdin
    ? { kind: 'text', text: ctx.stdin.text, from: 'standard input' }
    : (stdin ?? { kind: 'terminal' });
  const findings = analyseLine(line, ctx, index, { stdin: source });
  return { decision: findings.length > 0 ? 'confirm' : 'allow', findings };
}
