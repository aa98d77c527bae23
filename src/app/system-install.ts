// `guard install --system` / `guard uninstall --system` (root): the package, the shims and the
// policy root-owned, the shims first on every login shell's PATH, and a manifest of exactly what
// was written so that uninstall reverses exactly that.
import { existsSync, readlinkSync, rmSync, rmdirSync, readdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { GuardError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import type { RulePack } from '../core/rule.js';
import type { GuardConfig } from '../core/types.js';
import { guardHome } from '../io/guard-home.js';
import { pickShimShell } from '../io/pick-shim-shell.js';
import { removeShims } from '../io/remove-shims.js';
import { copyPackage, makeDirs, writeRootFile } from '../io/system-install/root-files.js';
import { POLICY_TEMPLATE, profileScript, type SystemLayout } from '../io/system-install/system-layout.js';
import {
  readSystemManifest,
  sha256File,
  writeSystemManifest,
  type Written,
} from '../io/system-install/system-manifest.js';
import { prepareShimDir, writeShims } from '../io/write-shims.js';
import { guardedTools, shimTexts } from './shim-texts.js';

function requireRoot(what: string): void {
  if (process.geteuid?.() !== 0)
    throw new GuardError(`\`guard ${what} --system\` must run as root`, {
      exitCode: EXIT.usage,
      hint: `run it with sudo: sudo guard ${what} --system`,
    });
}

/** Installs; returns the lines to print. */
export function installSystem(layout: SystemLayout, packs: readonly RulePack<any>[], config: GuardConfig): string[] {
  requireRoot('install');
  if (existsSync(layout.manifest))
    throw new GuardError(`guard is already installed system-wide (${layout.manifest})`, {
      exitCode: EXIT.usage,
      hint: 'run `guard uninstall --system` first to reinstall',
    });
  const written: Written[] = [];
  const lines: string[] = [];
  makeDirs(layout.libDir, written);
  copyPackage(guardHome(), layout.packageDir, written);
  lines.push(`guard package copied root-owned to ${layout.packageDir}`);
  const existed = existsSync(layout.shimDir);
  const { realDir, manifest } = prepareShimDir(layout.shimDir);
  if (!existed) written.push({ path: realDir, kind: 'dir' });
  const texts = shimTexts(guardedTools(packs), packs, {
    dir: realDir,
    node: process.execPath,
    entry: join(layout.packageDir, 'bin', 'guard-shim.cjs'),
    interpreter: pickShimShell(),
    config,
  });
  writeShims(realDir, { ...manifest, createdDir: false }, texts);
  lines.push(`${texts.size} root-owned shims in ${realDir}`);
  writeRootFile(layout.profile, profileScript(realDir), written);
  lines.push(`${layout.profile} puts them first on PATH for every login shell`);
  if (existsSync(layout.policy)) lines.push(`${layout.policy} exists: left as it is`);
  else {
    writeRootFile(layout.policy, `${JSON.stringify(POLICY_TEMPLATE, null, 2)}\n`, written);
    lines.push(
      `${layout.policy} written from the template: add your key with \`guard passphrase\` (its "approvalKeys" line)`,
    );
  }
  if (!existsSync(layout.binLink)) {
    makeDirs(join(layout.binLink, '..'), written);
    const target = join(layout.packageDir, 'bin', 'guard.js');
    symlinkSync(target, layout.binLink);
    written.push({ path: layout.binLink, kind: 'symlink', target });
  }
  writeSystemManifest(layout.manifest, { generatedBy: 'guard install --system', written });
  lines.push(`manifest of what was written: ${layout.manifest}`);
  return lines;
}

/** Removes exactly what installSystem wrote (a file changed since is left, and named). */
export function uninstallSystem(layout: SystemLayout): string[] {
  requireRoot('uninstall');
  const manifest = readSystemManifest(layout.manifest);
  if (!manifest) return [`no system install at ${layout.libDir}; nothing to remove`];
  const lines: string[] = [];
  unlinkSync(layout.manifest); // read into memory above; its directory can then empty out
  removeShims(layout.shimDir);
  for (const entry of [...manifest.written].reverse()) {
    if (entry.kind === 'tree') {
      rmSync(entry.path, { recursive: true, force: true });
      lines.push(`removed ${entry.path}`);
    } else if (entry.kind === 'file') {
      if (!existsSync(entry.path)) continue;
      if (sha256File(entry.path) !== entry.sha256) lines.push(`left ${entry.path}: it changed since install`);
      else {
        unlinkSync(entry.path);
        lines.push(`removed ${entry.path}`);
      }
    } else if (entry.kind === 'symlink') {
      if (linkTarget(entry.path) === entry.target) {
        unlinkSync(entry.path);
        lines.push(`removed ${entry.path}`);
      }
    } else if (existsSync(entry.path) && readdirSync(entry.path).length === 0) {
      rmdirSync(entry.path);
    }
  }
  return lines;
}

function linkTarget(path: string): string | undefined {
  try {
    return readlinkSync(path);
  } catch {
    return undefined;
  }
}
