import { displaySafe, shellQuote } from '../display.js';
import { findingReason } from '../finding-text.js';
import { describeEvidence, HOW_TO_CONFIRM, panelLines, withoutFinalStop } from '../present.js';
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
    (f) =>
      `${f.rule} would destroy ${displaySafe(f.resource)} in ${displaySafe(f.environment.name)} (${displaySafe(describeEvidence(f.environment))}): ${withoutFinalStop(displaySafe(findingReason(f)))}${whereFrom(f.details)}`,
  );
  return (
    `guard: refused \`${displaySafe(line)}\` (${why}). ${parts.join('; ')}. Nothing was run. ` +
    `A human can run it from their own terminal with \`guard run --shell ${shellQuote([line])}\` and ${HOW_TO_CONFIRM}.`
  );
}
