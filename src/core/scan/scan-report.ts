// guard scan's three outputs: text for people, JSON for scripts, SARIF 2.1.0 for code scanning.
import { sha256Hex } from '../audit/sha256.js';
import { displaySafe } from '../display.js';
import { fingerprint, findingRule, type ScanFinding } from './scan-finding.js';

export function scanText(findings: readonly ScanFinding[], files: number, suppressed: number): string {
  const lines = findings.map((f) =>
    f.type === 'command'
      ? `${f.file}:${f.line}: ${f.rule}: ${displaySafe(f.resource)} in ${displaySafe(f.environment)} (${displaySafe(f.environmentSource)}): ${displaySafe(f.command.split('\n')[0] ?? '')}`
      : `${f.file}:${f.line}: scan/committed-credential: ${f.kind}${f.name ? ` in ${displaySafe(f.name)}` : ''}${f.scope ? ` (${f.scope})` : ''}; use ${f.instead} instead`,
  );
  const tail = `guard: ${findings.length === 0 ? 'no destructive commands or credentials found' : `${findings.length} finding(s)`} in ${files} file(s)${suppressed > 0 ? `, ${suppressed} known from the baseline` : ''}`;
  return [...lines.map((l) => `guard: ${l}`), tail].join('\n') + '\n';
}

export function scanJson(findings: readonly ScanFinding[], files: number, suppressed: number): string {
  return `${JSON.stringify({ files, suppressed, findings }, null, 2)}\n`;
}

const RULE_HELP = 'https://github.com/guard-irreversible/guard/blob/main/docs/rules.md';

/** SARIF 2.1.0: one run, one reportingDescriptor per rule met, one result per finding. */
export function scanSarif(findings: readonly ScanFinding[], version: string): object {
  const ruleIds = [...new Set(findings.map(findingRule))].sort();
  const rules = ruleIds.map((id) => ({
    id,
    name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase()),
    shortDescription: {
      text:
        id === 'scan/committed-credential'
          ? 'A credential is written in a file the repository holds'
          : `guard rule ${id}: an irreversible command`,
    },
    helpUri: RULE_HELP,
    defaultConfiguration: { level: 'error' },
  }));
  const results = findings.map((f) => ({
    ruleId: findingRule(f),
    ruleIndex: ruleIds.indexOf(findingRule(f)),
    level: 'error',
    message: {
      text:
        f.type === 'command'
          ? `${f.reason} Environment: ${f.environment} (${f.environmentSource}).`
          : `${f.kind}${f.scope ? ` (${f.scope})` : ''} is committed here; use ${f.instead} instead.`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line },
        },
      },
    ],
    partialFingerprints: { 'guardFinding/v1': sha256Hex(fingerprint(f)) },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'guard',
            semanticVersion: version,
            informationUri: 'https://www.npmjs.com/package/guard-irreversible',
            rules,
          },
        },
        results,
      },
    ],
  };
}
