import type { Command } from 'commander';
import { configRefusal, type GuardSetup } from '../../app/config-setup.js';
import { stdinForArgv } from '../../app/argv-stdin.js';
import { openSession } from '../../app/session.js';
import { describeProblem } from '../../core/config/problem.js';
import { displaySafe, shellQuote } from '../../core/display.js';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import type { PackTrace } from '../../core/judgement/trace.js';
import { describeEvidence } from '../../core/present.js';
import type { Decision, Environment } from '../../core/types.js';
import { decisionJson } from '../finding-json.js';
import type { CommandResult } from './index.js';

export function registerExplain(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('explain')
    .description(
      'show every rule considered for a command, what matched, the resource, the environment and its evidence, and the config files read',
    )
    .option('--json', 'print the explanation as JSON')
    .argument('[command...]', 'the command, after --')
    .allowUnknownOption(true)
    .action(async (command: string[], options: { json?: boolean }) => {
      if (command.length === 0)
        throw new UsageError('explain needs a command', 'usage: guard explain [--json] -- TOOL [ARGS…]');
      const session = await openSession();
      const setup = session.setup;
      // The real judgement, as `check -- …` makes it (stdin as check sees it), with its trace.
      const { stdin, captured } = stdinForArgv(command, session);
      captured?.dispose();
      const judgement = await session.judge(
        { kind: 'argv', argv: command, stdin: stdin.kind === 'opaque' ? { kind: 'terminal' } : stdin },
        { trace: true },
      );
      const { decision } = judgement;
      const packs = judgement.trace ?? [];
      if (options.json) {
        const config = {
          files: setup.files,
          problems: setup.problems,
          disabled: setup.disabled,
          allowances: setup.allowances,
        };
        process.stdout.write(`${JSON.stringify({ command, ...decisionJson(decision), packs, config }, null, 2)}\n`);
      } else {
        process.stdout.write(`${explainLines(command, packs, decision, setup).join('\n')}\n`);
      }
      done(EXIT.ok);
    });
}

function explainLines(command: string[], packs: readonly PackTrace[], decision: Decision, setup: GuardSetup): string[] {
  const lines = [`guard: explain \`${displaySafe(shellQuote(command))}\``];
  lines.push(setup.files.length === 0 ? 'guard: config files: none found (built-in defaults)' : 'guard: config files:');
  for (const f of setup.files)
    lines.push(`  ${f.layer.padEnd(8)} ${f.status.padEnd(9)} ${displaySafe(f.file)}${f.note ? ` (${f.note})` : ''}`);
  for (const p of setup.problems) lines.push(`  problem  ${displaySafe(describeProblem(p))}`);
  for (const d of setup.disabled) lines.push(`  disabled ${d.rule} (by ${displaySafe(d.file)})`);
  if (packs.length === 0)
    lines.push(`guard: no rule pack guards \`${displaySafe(command[0] ?? '')}\`; it runs straight through`);
  for (const pack of packs) {
    const on =
      pack.argv.length === command.length && pack.argv.every((a, i) => a === command[i])
        ? ''
        : ` on \`${displaySafe(shellQuote(pack.argv))}\``;
    lines.push(`guard: pack ${pack.tool} (${displaySafe(pack.source)})${on}`);
    if (pack.error) lines.push(`  error        ${displaySafe(pack.error)} (treated as destructive)`);
    if (pack.environment && pack.source === 'built-in') lines.push(...environmentLines('  ', pack.environment));
    for (const rule of pack.rules) {
      if (rule.error) lines.push(`  FAILED   ${rule.rule}: ${displaySafe(rule.error)} (treated as destructive)`);
      else if (!rule.matched) lines.push(`  no match ${rule.rule}: ${displaySafe(rule.summary)}`);
      for (const m of rule.matches) {
        lines.push(`  MATCH    ${rule.rule}: ${displaySafe(rule.summary)}`);
        lines.push(`    resource     ${displaySafe(m.resource)}`);
        lines.push(...environmentLines('    ', m.environment));
        for (const w of m.warnings) lines.push(`    warning      ${displaySafe(w)}`);
      }
    }
  }
  for (const f of decision.allowed ?? [])
    lines.push(
      `guard: allowed ${f.rule} on ${displaySafe(f.environment.name)}/${displaySafe(f.resource)} by the allowance in ${displaySafe(f.allowedBy?.file ?? '')}`,
    );
  for (const f of decision.findings)
    for (const w of f.warnings)
      if (!lines.includes(`    warning      ${displaySafe(w)}`)) lines.push(`guard: warning ${displaySafe(w)}`);
  if (configRefusal(decision, setup))
    lines.push('guard: decision: refused (exit 78): destructive while the config has problems');
  else if (decision.decision === 'confirm')
    lines.push('guard: decision: confirm: a human must type, at their own terminal, what it destroys and where');
  else lines.push('guard: decision: allow: it runs straight through');
  return lines;
}

function environmentLines(indent: string, env: Environment): string[] {
  const lines = [`${indent}environment  ${displaySafe(env.name)} (${displaySafe(describeEvidence(env))})`];
  for (const e of env.evidence.slice(1)) lines.push(`${indent}             also ${e.source}: ${displaySafe(e.detail)}`);
  return lines;
}
