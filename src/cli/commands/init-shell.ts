import { existsSync, realpathSync } from 'node:fs';
import { EXIT } from '../../core/exit-codes.js';
import { initSnippet, type ShellName } from '../../core/shim/path-line.js';
import { isShimDir } from '../../io/find-real-tool.js';
import { shimDirFrom } from './shim-dir-option.js';

export const SHELLS: readonly ShellName[] = ['bash', 'zsh', 'fish', 'sh'];

export function isShell(name: string): name is ShellName {
  return (SHELLS as readonly string[]).includes(name);
}

/** `guard init bash|zsh|fish|sh`: prints the snippet to eval that puts the shim directory first on PATH. */
export function initShell(shell: ShellName, dirOption: string | undefined): number {
  const wanted = shimDirFrom(dirOption);
  const dir = existsSync(wanted) ? realpathSync(wanted) : wanted;
  if (!isShimDir(dir)) process.stderr.write(`guard: ${dir} holds no guard shims yet: run \`guard install\` first\n`);
  process.stdout.write(initSnippet(shell, dir));
  return EXIT.ok;
}
