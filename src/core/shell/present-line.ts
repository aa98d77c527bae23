import { displaySafe, shellQuote } from '../display.js';
import { confirmationPhrases, describeEvidence, panelLines, withoutFinalStop } from '../present.js';
import type { Decision } from '../types.js';

/** The confirmation panel for a whole shell line. */
export function linePanel(line: string, decision: Decision): string[] {
  const lines = panelLines([line], decision);
  lines[1] = `  command      ${displaySafe(line)}`;
  return lines;
}

/** Where a followed command comes from (script, Makefile, package.json line), innermost first. */
function whereFrom(details: string[]): string {
  const from = details.filter((d) => d.startsWith('from '));
  return from.length === 0 ? '' : ` (${from.map(displaySafe).join(', ')})`;
}

/** One paragraph for a refused shell line: what it would destroy, where, and how a human can run it. */
export function lineRefusal(line: string, decision: Decision, why: string): string {
  const parts = decision.findings.map(
    (f) => `${f.rule} would destroy ${displaySafe(f.resource)} in ${displaySafe(f.environment.name)} (${displaySafe(describeEvidence(f.environment))}): ${withoutFinalStop(displaySafe(f.reason))}${whereFrom(f.details)}`,
  );
  const phrases = confirmationPhrases(decision).map(displaySafe).join(', then ');
  return (
    `guard: refused \`${displaySafe(line)}\` (${why}). ${parts.join('; ')}. Nothing was run. ` +
    `A human can run it from a terminal with \`guard run --shell ${shellQuote([line])}\` and type ${phrases} to confirm.`
  );
}
