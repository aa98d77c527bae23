import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { credentialFileWarnings } from './credential-files-report.js';
import { currentKubeContext, kubeAdvisory, tokenAdvisories } from '../core/doctor/token-advisories.js';
import { LAUNCHER_NAME } from '../core/shim/launcher-script.js';
import type { RulePack } from '../core/rule.js';
import type { Context } from '../core/types.js';
import { findRealTool, isShimDir } from '../io/find-real-tool.js';
import { firstOnPath, isExecutableFile, isSameFile, pathEntries } from '../io/path-identity.js';
import { pickShimShell } from '../io/pick-shim-shell.js';
import { readManifest } from '../io/shim-manifest.js';
import { guardedTools, shimTexts, thisGuard } from './shim-texts.js';

/** Directories where tools commonly live; a copy there that PATH does not reach is still one absolute path away. */
const USUAL_DIRS = [
  '/bin',
  '/sbin',
  '/usr/bin',
  '/usr/sbin',
  '/usr/local/bin',
  '/usr/local/sbin',
  '/opt/homebrew/bin',
  '/snap/bin',
  '~/.local/bin',
  '~/bin',
  '~/.railway/bin',
  '~/.volta/bin',
  '~/.npm-global/bin',
];
import { provenanceStatus } from '../io/terminal/provenance-status.js';

export interface DoctorReport {
  lines: string[];
  problems: number;
}

/** `guard doctor`: shim directory, each tool's shim and real binary, bypasses and inherited credentials. */
export function doctorReport(
  dir: string,
  packs: readonly RulePack<any>[],
  ctx: Context,
  guard = thisGuard(),
): DoctorReport {
  const lines: string[] = [];
  let problems = 0;
  const problem = (text: string): void => {
    lines.push(`problem: ${text}`);
    problems++;
  };
  const entries = pathEntries(ctx.env.PATH, ctx.cwd);
  const manifest = isShimDir(dir) ? readManifest(dir) : undefined;
  const position = entries.findIndex((entry) => isSameFile(entry, dir));
  if (!manifest) problem(`${dir} holds no guard shims: run \`guard install\``);
  else if (position === -1) problem(`${dir} is not on PATH: add it first (eval "$(guard init bash)")`);
  else if (position > 0) lines.push(`shim directory ${dir} is entry ${position + 1} on PATH (first is best)`);
  else lines.push(`shim directory ${dir} is first on PATH`);
  if (manifest) lines.push(launcherLine(dir, ctx));

  const tools = guardedTools(packs);
  const expected = manifest
    ? shimTexts(tools, packs, { dir, ...guard, interpreter: pickShimShell(), config: ctx.config })
    : new Map<string, string>();
  for (const tool of tools) {
    const shim = join(dir, tool);
    const real = findRealTool(tool, ctx.env.PATH, ctx.cwd);
    const realText = real.found ? `real ${tool}: ${real.path}` : `real ${tool}: not found on PATH`;
    if (!manifest || !isExecutableFile(shim)) {
      problem(`${tool}: not shimmed (${realText}): run \`guard install ${tool}\``);
      continue;
    }
    if (readText(shim) !== expected.get(tool))
      problem(`${tool}: the shim is out of date (guard, node or the rules changed): run \`guard install\``);
    const first = firstOnPath(tool, ctx.env.PATH, ctx.cwd);
    if (position !== -1 && first !== undefined && !isSameFile(first, shim))
      problem(`${tool}: \`${tool}\` on PATH runs ${first} before the shim: put ${dir} first on PATH`);
    else if (position !== -1) lines.push(`${tool}: shimmed, the shim is what \`${tool}\` runs; ${realText}`);
    for (const bypass of unreachedCopies(tool, entries, ctx)) {
      lines.push(
        `warning: ${tool}: ${bypass} exists but its directory is not on PATH: a call by that absolute path runs it without guard (shims only see commands looked up on PATH)`,
      );
    }
  }
  for (const advisory of tokenAdvisories(ctx)) lines.push(`warning: ${advisory}`);
  for (const written of credentialFileWarnings(ctx)) lines.push(`warning: credential: ${written}`);
  const kube = kubeWarning(ctx);
  if (kube) lines.push(`warning: ${kube}`);
  lines.push(...provenanceStatus());
  return { lines, problems };
}

/** Whether `guard` itself (needed for `guard approve ID`, `guard unlock`) is found on PATH. */
function launcherLine(dir: string, ctx: Context): string {
  const found = firstOnPath(LAUNCHER_NAME, ctx.env.PATH, ctx.cwd);
  if (found === undefined)
    return `warning: \`guard\` itself is not on PATH, so \`guard approve ID\` and \`guard unlock\` are not found: run \`guard install\` again (it writes a guard launcher into ${dir})`;
  return `guard: \`guard\` on PATH runs ${found}`;
}

function unreachedCopies(tool: string, entries: string[], ctx: Context): string[] {
  const copies: string[] = [];
  for (const spelled of USUAL_DIRS) {
    const dir = spelled.startsWith('~/') ? join(ctx.home, spelled.slice(2)) : spelled;
    const candidate = join(dir, tool);
    if (!isExecutableFile(candidate) || isShimDir(dir)) continue;
    if (entries.some((entry) => isSameFile(entry, dir))) continue;
    copies.push(candidate);
  }
  return copies;
}

function kubeWarning(ctx: Context): string | undefined {
  const files = (ctx.env.KUBECONFIG || join(ctx.home, '.kube', 'config')).split(':').filter(Boolean);
  for (const file of files) {
    const text = readText(file);
    const context = text === undefined ? undefined : currentKubeContext(text);
    if (context) return kubeAdvisory(ctx.env.KUBECONFIG ? `KUBECONFIG=${file}` : file, context, ctx);
  }
  return undefined;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
