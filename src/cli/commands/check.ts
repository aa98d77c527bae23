import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { isatty } from 'node:tty';
import { indexPacks, packFor } from '../../core/classify.js';
import { cachedFileView } from '../../core/cached-file-view.js';
import { classifyCommand } from '../../core/unwrap/classify-command.js';
import { innermostArgv } from '../../core/unwrap/classify-invocation.js';
import { loadSqlParserFor } from '../../app/sql-parser-for.js';
import { checkShellLine, checkShellStdin } from './check-shell.js';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { panelLines } from '../../core/present.js';
import { builtinPacks } from '../../../rules/index.js';
import { captureStdin } from '../../io/capture-stdin.js';
import { processContext } from '../../io/context.js';
import { decisionJson } from '../finding-json.js';
import type { CommandResult } from './index.js';

export function registerCheck(program: Command, done: (result: CommandResult) => void): void {
  program
    .command('check')
    .description('classify a command without running it: exit 0 = runs straight through, 77 = needs confirmation')
    .option('--json', 'print the decision as JSON')
    .option('--shell [line]', 'classify a whole shell line (as an agent would send it) instead of an argv')
    .option('--stdin', 'with --shell: classify each line of standard input; exit 77 if any needs confirmation')
    .option('-z, --null', 'with --stdin: commands are separated by NUL instead of newline (for multi-line commands)')
    .argument('[command...]', 'the command, after --')
    .allowUnknownOption(true)
    .action(async (command: string[], options: { json?: boolean; shell?: string | boolean; stdin?: boolean; null?: boolean }) => {
      if (options.shell !== undefined) return done(await checkShell(command, options));
      if (command.length === 0) throw new UsageError('check needs a command', 'usage: guard check [--json] -- TOOL [ARGS…]');
      const index = indexPacks(builtinPacks);
      const ctx = processContext();
      // Wrappers are seen through (sudo env psql …): the wrapped tool decides whether stdin is read.
      const inner = innermostArgv(command, ctx);
      const pack = packFor(index, inner[0] as string);
      // Like prefix mode: SQL or commands piped or redirected into the tool are part of what it would run.
      const captured = pack?.readsStdin?.(inner.slice(1)) && !isatty(0) ? captureStdin() : undefined;
      if (captured) ctx.stdin = captured.view;
      captured?.dispose();
      await loadSqlParserFor(command.join(' '), ctx, index);
      const decision = classifyCommand(command, ctx, index);
      if (options.json) process.stdout.write(`${JSON.stringify(decisionJson(decision), null, 2)}\n`);
      else if (decision.decision === 'allow') process.stdout.write('guard: allow: no rule matches; it would run straight through\n');
      else process.stdout.write(`${panelLines(command, decision).join('\n')}\n`);
      done(decision.decision === 'allow' ? EXIT.ok : EXIT.refused);
    });
}

async function checkShell(command: string[], options: { json?: boolean; shell?: string | boolean; stdin?: boolean; null?: boolean }): Promise<number> {
  // A plain copy: reading process.env goes through a slow accessor on every lookup.
  const base = processContext();
  const ctx = { ...base, env: { ...process.env }, fs: options.stdin ? cachedFileView(base.fs) : base.fs };
  const index = indexPacks(builtinPacks);
  if (options.stdin) {
    const input = readFileSync(0, 'utf8');
    await loadSqlParserFor(input, ctx, index);
    return checkShellStdin(input, options.json === true, ctx, index, options.null === true);
  }
  const line = typeof options.shell === 'string' ? options.shell : command.join(' ');
  if (line.trim() === '') throw new UsageError('check --shell needs a line', "usage: guard check [--json] --shell 'LINE', or guard check --shell --stdin < lines.txt");
  await loadSqlParserFor(line, ctx, index);
  return checkShellLine(line, options.json === true, ctx, index);
}
