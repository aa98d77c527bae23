// Judges the shell a file would run with the hook's own shell-line judgement (classifyShellLine
// and the same finishing as `guard check --shell`), line by line so each finding has its line.
import { logicalLines, numbered, type ScannedCommand, type ScriptUnit } from '../core/scan/command-lines.js';
import type { CommandFinding } from '../core/scan/scan-finding.js';
import { findingReason } from '../core/finding-text.js';
import { displayArg } from '../core/unwrap/invocation.js';
import type { Decision, Finding } from '../core/types.js';
import type { Session } from './session.js';

export type Judge = (line: string, env?: Readonly<Record<string, string>>) => Promise<Decision>;

const UNPARSABLE = 'shell/unparsable';

/**
 * Findings of one unit. Each logical line is judged alone; lines that only parse together
 * (`case … esac`, a function body) are judged as one script too, and what that finds beyond the
 * single lines is reported at the line that names its tool (fail closed: an unparsable script is reported).
 */
export async function judgeUnit(file: string, unit: ScriptUnit, judge: Judge): Promise<CommandFinding[]> {
  const commands = logicalLines(numbered(unit.lines, unit.line));
  const out: CommandFinding[] = [];
  const structural: ScannedCommand[] = [];
  for (const command of commands) {
    const decision = await judge(command.command, unit.env);
    const findings = decision.findings.filter((f) => !f.allowedBy);
    if (findings.length > 0 && findings.every((f) => f.rule === UNPARSABLE) && commands.length > 1)
      structural.push(command);
    else out.push(...findings.map((f) => toFinding(file, command, f)));
  }
  if (structural.length === 0) return out;
  const whole = await judge(unit.lines.join('\n'), unit.env);
  for (const f of whole.findings.filter((x) => !x.allowedBy)) {
    if (out.some((o) => o.rule === f.rule && o.resource === f.resource)) continue;
    const at =
      structural.find((c) => wordIn(c.command, f.tool)) ??
      structural.find((c) => c.command.includes(f.resource)) ??
      (structural[0] as ScannedCommand);
    out.push(toFinding(file, at, f));
  }
  return out;
}

function wordIn(text: string, word: string): boolean {
  return new RegExp(`(^|[^\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w-]|$)`).test(text);
}

function toFinding(file: string, command: ScannedCommand, f: Finding): CommandFinding {
  return {
    type: 'command',
    file,
    line: command.line,
    // Text a Makefile function would produce ($(shell …)) is unknown: shown as …, as in findings.
    command: displayArg(command.command),
    rule: f.rule,
    resource: f.resource,
    environment: f.environment.name,
    environmentSource: f.environment.evidence[0]?.detail ?? f.environment.source,
    reason: findingReason(f),
  };
}

/** The judge `guard check --shell` and the hooks use: the session's, one shell line at a time. */
export function shellJudge(session: Session): Judge {
  return async (line, env) =>
    (await session.judge({ kind: 'line', line, stdin: { kind: 'terminal' } }, env ? { env } : {})).decision;
}
