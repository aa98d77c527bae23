import { EXIT } from '../../core/exit-codes.js';
import type { JudgeInput } from '../../core/judgement/judge.js';
import { linePanel } from '../../core/shell/present-line.js';
import { displaySafe } from '../../core/display.js';
import { decisionJson } from '../finding-json.js';
import type { Session } from '../../app/session.js';

const lineInput = (line: string): JudgeInput => ({ kind: 'line', line, stdin: { kind: 'terminal' } });

/** `guard check --shell LINE`: same output and exit codes as `guard check`. */
export async function checkShellLine(line: string, json: boolean, session: Session): Promise<number> {
  const { decision } = await session.judge(lineInput(line));
  if (json) process.stdout.write(`${JSON.stringify(decisionJson(decision), null, 2)}\n`);
  else if (decision.decision === 'allow')
    process.stdout.write('guard: allow: no rule matches; it would run straight through\n');
  else process.stdout.write(`${linePanel(line, decision).join('\n')}\n`);
  return decision.decision === 'allow' ? EXIT.ok : EXIT.refused;
}

/** `guard check --shell --stdin`: one line per input line; one JSON object per line with --json. */
export async function checkShellStdin(input: string, json: boolean, session: Session, nul = false): Promise<number> {
  let refused = false;
  const out: string[] = [];
  // One command per input line (a CRLF file's \r ends the line), or per NUL-terminated record with
  // --null, so that multi-line commands (heredocs) can be batched too.
  const separator = nul ? '\0' : '\n';
  // Records are sliced one at a time (no list of every line of a large batch).
  for (let from = 0; from <= input.length;) {
    const end = input.indexOf(separator, from);
    const record = input.slice(from, end === -1 ? input.length : end);
    from = end === -1 ? input.length + 1 : end + 1;
    const line = !nul && record.endsWith('\r') ? record.slice(0, -1) : record;
    if (line.trim() === '') continue;
    // Synchronous per line; the SQL parser is loaded (once) only when a line needs it.
    const { decision } = session.judgeNow(lineInput(line)) ?? (await session.judge(lineInput(line)));
    if (decision.decision === 'confirm') refused = true;
    // The common answer, written directly: the same bytes JSON.stringify gives for it.
    if (json && decision.decision === 'allow' && decision.findings.length === 0 && !decision.allowed)
      out.push(`{"line":${JSON.stringify(line)},"decision":"allow","findings":[]}`);
    else if (json) out.push(JSON.stringify({ line, ...decisionJson(decision) }));
    else
      out.push(
        `guard: ${decision.decision}: ${displaySafe(line)}${decision.findings.length > 0 ? ` (${[...new Set(decision.findings.map((f) => f.rule))].join(', ')})` : ''}`,
      );
    if (out.length >= 512) process.stdout.write(`${out.splice(0).join('\n')}\n`);
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  return refused ? EXIT.refused : EXIT.ok;
}
