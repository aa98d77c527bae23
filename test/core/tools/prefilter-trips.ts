// A reference reading of PrefilterSpec for tests: true when some condition sends the call to the
// full check. The shim's shell pre-filter must be at least this conservative.
import type { PrefilterSpec } from '../../../src/core/rule.js';

export interface PrefilterFacts {
  env?: Record<string, string>;
  stdinIsTty?: boolean;
  cwdInsideProtected?: boolean;
  cwd?: string;
}

export function tripsPrefilter(spec: PrefilterSpec, args: readonly string[], facts: PrefilterFacts = {}): boolean {
  if (spec.always) return true;
  if (spec.stdinNotTty && facts.stdinIsTty === false) return true;
  if (spec.envVars?.some((v) => facts.env?.[v] !== undefined)) return true;
  if (spec.pathOperands && facts.cwdInsideProtected) return true;
  const cwd = facts.cwd;
  if (cwd !== undefined && spec.cwdPaths?.some((p) => cwd === p || cwd.startsWith(`${p}/`) || p.startsWith(`${cwd === '/' ? '' : cwd}/`))) return true;
  return args.some((a) => {
    if (spec.words?.includes(a)) return true;
    if (spec.prefixes?.some((p) => a.startsWith(p))) return true;
    if (spec.suffixes?.some((s) => a.endsWith(s))) return true;
    if (spec.shortFlagChars && /^-[^-]/.test(a) && [...a.slice(1)].some((c) => spec.shortFlagChars?.includes(c))) return true;
    return spec.pathOperands === true && (a.startsWith('/') || a.startsWith('~') || a.split('/').includes('..'));
  });
}
