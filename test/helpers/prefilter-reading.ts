import type { PrefilterSpec } from '../../src/core/rule.js';

/**
 * A reading of PrefilterSpec over argv: true when some condition sends the call to the full check
 * (stdin/env/path conditions count as tripped when declared and applicable). The generated shell
 * itself is run over every example in test/core/shim/; this reading keeps the packs' own tests quick.
 */
export function trips(spec: PrefilterSpec, args: readonly string[], example: { stdin?: string; env?: Record<string, string> } = {}): boolean {
  if (args.length === 1 && spec.clears?.includes(args[0] as string)) return false;
  if (spec.always) return true;
  if (spec.stdinNotTty && example.stdin !== undefined) return true;
  if (spec.envVars?.some((v) => example.env?.[v] !== undefined)) return true;
  return args.some(
    (a) =>
      (spec.words ?? []).includes(a) ||
      (spec.wordsAnyCase ?? []).some((w) => w.toLowerCase() === a.toLowerCase()) ||
      (spec.prefixes ?? []).some((p) => a.startsWith(p)) ||
      (spec.shortFlagChars !== undefined && /^-[^-]/.test(a) && [...spec.shortFlagChars].some((c) => a.slice(1).includes(c))) ||
      (spec.pathOperands === true && (a.startsWith('/') || a.startsWith('~') || a.split('/').includes('..'))),
  );
}
