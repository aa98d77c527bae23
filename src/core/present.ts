import { redactArgv, redactText } from './audit/redact.js';
import { displaySafe, shellQuote } from './display.js';
import { environmentBasis } from './environment-wording.js';
import { findingReason } from './finding-text.js';
import type { Decision, Environment, Finding } from './types.js';

/** What the human must type for one finding: ENVIRONMENT/RESOURCE. */
export function confirmationPhrase(finding: Finding): string {
  return `${finding.environment.name}/${finding.resource}`;
}

/** Distinct phrases to type, in order: one per distinct resource and environment. */
export function confirmationPhrases(decision: Decision): string[] {
  return [...new Set(decision.findings.map(confirmationPhrase))];
}

/** How the environment was established and why it is (not) treated as production. */
export function describeEvidence(env: Environment): string {
  return environmentBasis(env);
}

/** The confirmation panel, as plain lines (colour is the terminal layer's business). */
export function panelLines(argv: readonly string[], decision: Decision): string[] {
  const lines = [
    'guard: this command is irreversible and needs a human to confirm it',
    `  command      ${shellQuote(redactArgv(argv))}`,
  ];
  for (const f of decision.findings) {
    lines.push(`  rule         ${displaySafe(f.rule)}: ${displaySafe(findingReason(f))}`);
    lines.push(`  resource     ${displaySafe(f.resource)}`);
    lines.push(
      `  environment  ${displaySafe(f.environment.name)}`,
      `               ${displaySafe(describeEvidence(f.environment))}`,
    );
    for (const e of f.environment.evidence.slice(1))
      lines.push(`               also ${e.source}: ${displaySafe(e.detail)}`);
    for (const d of f.details) lines.push(`               ${displaySafe(d)}`);
    for (const w of f.warnings) lines.push(`  warning      ${displaySafe(w)}`);
  }
  return lines;
}

/** One stderr paragraph for a refusal without a human: rule, resource, environment, how to run it. */
/** Said to a caller without a verified human terminal: how to confirm, never the exact phrase to type. */
export const HOW_TO_CONFIRM = 'confirm there by typing what it destroys and where, as guard shows it on that terminal';

export function refusalParagraph(argv: readonly string[], decision: Decision, why: string): string {
  const parts = decision.findings.map(
    (f) =>
      `${displaySafe(f.rule)} would destroy ${displaySafe(f.resource)} in ${displaySafe(f.environment.name)} (${displaySafe(describeEvidence(f.environment))}): ${withoutFinalStop(displaySafe(findingReason(f)))}`,
  );
  return (
    `guard: refused \`${shellQuote(redactArgv(argv))}\` (${why}). ${redactText(parts.join('; '))}. Nothing was run. ` +
    `A human can run it from their own terminal with \`guard ${shellQuote(redactArgv(argv))}\` and ${HOW_TO_CONFIRM}; ` +
    `\`guard rules show ${displaySafe(decision.findings[0]?.rule ?? '')}\` explains the rule.`
  );
}

/** A sentence without its final stop, for text that adds its own punctuation after it. */
export function withoutFinalStop(text: string): string {
  return text.replace(/[\s.;,:]+$/, '');
}
