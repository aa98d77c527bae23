// `guard scan`: walks the given paths, extracts the shell each file would run, judges it, and
// finds committed credentials.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findCredentials } from '../core/credentials/find-credentials.js';
import { looksLikeProduction } from '../core/environment.js';
import { holdsAssignments } from '../core/scan/credential-files.js';
import { scriptUnits } from '../core/scan/extract-commands.js';
import { fileKind } from '../core/scan/file-kind.js';
import type { ScanFinding } from '../core/scan/scan-finding.js';
import { judgeUnit, type Judge } from './scan-judge.js';

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
const MAX_BYTES = 2 * 1024 * 1024;

export interface ScanResult {
  files: number;
  findings: ScanFinding[];
}

/** Every file under `paths` (directories walked, symlinks not followed), relative to `root`, sorted. */
export function filesUnder(paths: readonly string[], root: string): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!SKIP_DIRS.has(name)) walk(join(path, name));
    } else if (stat.isFile() && stat.size <= MAX_BYTES) out.push(path);
  };
  for (const p of paths) walk(p);
  return [...new Set(out)].map((p) => relative(root, p).split(sep).join('/') || p);
}

export async function scanPaths(paths: readonly string[], root: string, judge: Judge): Promise<ScanResult> {
  const findings: ScanFinding[] = [];
  const files = filesUnder(paths, root);
  for (const file of files) {
    const text = readText(join(root, file));
    if (text === undefined) continue;
    const kind = fileKind(file, text.slice(0, text.indexOf('\n') === -1 ? 200 : text.indexOf('\n')));
    if (kind) for (const unit of scriptUnits(kind, text)) findings.push(...(await judgeUnit(file, unit, judge)));
    for (const find of findCredentials(file, text, looksLikeProduction, holdsAssignments(file)))
      findings.push({ type: 'credential', file, ...find });
  }
  findings.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { files: files.length, findings };
}

/** The text of a file, or undefined for binary (a NUL in its head) or unreadable files. */
function readText(path: string): string | undefined {
  try {
    const buffer = readFileSync(path);
    if (buffer.subarray(0, 8192).includes(0)) return undefined;
    return buffer.toString('utf8');
  } catch {
    return undefined;
  }
}
