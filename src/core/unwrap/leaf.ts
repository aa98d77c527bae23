import { classifyArgv, packFor, type PackIndex } from '../classify.js';
import type { Finding } from '../types.js';
import { hasUnknown, stdinView, UNKNOWN, type Invocation } from './invocation.js';
import { unknownOperandsFinding } from './shell-findings.js';
import { commandName } from '../command-name.js';
import { replaceFindings } from '../shell/in-place.js';

/** Worst-case stand-ins for an operand guard cannot see: a path and a statement. */
// A file probe too: rm without -r refuses '/', but an unknown operand may name a database file.
const PROBES = ['/', 'DROP DATABASE unknown', '/var/lib/postgresql/data/base/1/1259'];

/**
 * Classifies a command that is not a wrapper, through the rule packs. Unknown text counts as empty
 * (the worst case for paths); when that is harmless but a worst-case value would not be, the
 * command needs confirmation because guard cannot see its operands.
 */
export function classifyLeaf(inv: Invocation, index: PackIndex): Finding[] {
  const unknown = inv.argv.some(hasUnknown);
  const argv = unknown ? inv.argv.filter((a) => a !== UNKNOWN).map((a) => a.split(UNKNOWN).join('')) : inv.argv;
  const ctx =
    inv.ctx.stdin === undefined && inv.stdin.kind === 'text' ? { ...inv.ctx, stdin: stdinView(inv.stdin) } : inv.ctx;
  const decision = classifyArgv(argv, ctx, index);
  // Commands that replace a file's bytes (cp, mv, install, ln, tee) have no rule pack of their own (no shim).
  const replaced = decision.findings.length > 0 ? [] : replaceFindings(inv.argv, ctx);
  if (replaced.length > 0) return replaced;
  if (decision.findings.length > 0 || !unknown) return decision.findings;
  if (!packFor(index, argv[0] ?? '')) return [];
  // Worst-case stand-ins are hypotheses, not commands that run: kept out of the trace.
  const untraced = index.trace ? { ...index, trace: undefined } : index;
  for (const probe of PROBES) {
    const probed = inv.argv.map((a) => a.split(UNKNOWN).join(probe));
    const found = classifyArgv(probed, ctx, untraced).findings[0];
    if (found) return [unknownOperandsFinding(commandName(argv[0] ?? ''), found.environment, found.rule)];
  }
  return [];
}
