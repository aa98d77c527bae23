import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { scanPaths } from '../../app/scan-repo.js';
import { shellJudge } from '../../app/scan-judge.js';
import { openSession, processWorld } from '../../app/session.js';
import { UsageError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { newFindings, parseBaseline, toBaseline } from '../../core/scan/baseline.js';
import { scanJson, scanSarif, scanText } from '../../core/scan/scan-report.js';
import { readGuardVersion } from '../../io/guard-version.js';
import type { Register } from './index.js';

interface ScanOptions {
  format: string;
  baseline?: string;
  writeBaseline?: string;
}

export const registerScan: Register = (program: Command, done) => {
  program
    .command('scan')
    .description(
      'find destructive commands (same judge as the hook) and committed credentials in scripts, Makefiles, package.json, justfiles, Dockerfiles, CI workflows and compose files: exit 0 none, 77 found',
    )
    .argument('[paths...]', 'files or directories (default: the current directory)')
    .option('--format <format>', 'text, json or sarif (SARIF 2.1.0, for GitHub code scanning)', 'text')
    .option('--baseline <file>', 'report only findings not listed in this baseline file')
    .option('--write-baseline <file>', 'write every current finding to this baseline file and exit 0')
    .addHelpText(
      'after',
      `
Examples:
  guard scan                                   # the whole repository; exit 77 if anything is found
  guard scan --format sarif . > guard.sarif    # for github/codeql-action/upload-sarif
  guard scan --write-baseline .guard-baseline.json && guard scan --baseline .guard-baseline.json`,
    )
    .action(async (paths: string[], options: ScanOptions) => {
      if (!['text', 'json', 'sarif'].includes(options.format))
        throw new UsageError(`--format ${options.format} is not one guard writes`, 'use --format text, json or sarif');
      const { probe: _probe, ...world } = processWorld(); // a scan reads files; it never asks the tools (railway, kubectl) anything
      const session = await openSession(world);
      const wanted = (paths.length > 0 ? paths : ['.']).map((p) => resolve(world.cwd, p));
      const result = await scanPaths(wanted, world.cwd, shellJudge(session));
      if (options.writeBaseline) {
        writeFileSync(options.writeBaseline, `${JSON.stringify(toBaseline(result.findings), null, 2)}\n`);
        process.stderr.write(
          `guard: ${result.findings.length} finding(s) written to ${options.writeBaseline}; later scans with --baseline report only new ones\n`,
        );
        return done(EXIT.ok);
      }
      const findings = options.baseline
        ? newFindings(result.findings, readBaseline(options.baseline))
        : result.findings;
      const suppressed = result.findings.length - findings.length;
      if (options.format === 'json') process.stdout.write(scanJson(findings, result.files, suppressed));
      else if (options.format === 'sarif')
        process.stdout.write(`${JSON.stringify(scanSarif(findings, readGuardVersion()), null, 2)}\n`);
      else process.stdout.write(scanText(findings, result.files, suppressed));
      done(findings.length === 0 ? EXIT.ok : EXIT.refused);
    });
};

function readBaseline(path: string) {
  try {
    return parseBaseline(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `--baseline ${path}: ${(error as Error).message}`,
      'create one with guard scan --write-baseline FILE',
    );
  }
}
