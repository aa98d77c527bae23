import { shQuote } from './sh-quote.js';

export type ShellName = 'bash' | 'zsh' | 'fish' | 'sh';

/** The one line that puts the shim directory first on PATH (POSIX shells). */
export function pathLine(dir: string): string {
  return `export PATH=${shQuote(dir)}":$PATH"`;
}

/** The snippet for `eval "$(guard init SHELL)"`: moves the shim directory to the front of PATH, once. */
export function initSnippet(shell: ShellName, dir: string): string {
  if (shell === 'fish') {
    const q = shQuote(dir);
    return `# guard: put guard's shims ahead of the real tools\nset -gx PATH ${q} (string match -v -- ${q} $PATH)\n`;
  }
  return `# guard: put guard's shims ahead of the real tools\ncase ":$PATH:" in :${shQuote(dir)}:*) ;; *) export PATH=${shQuote(dir)}":$PATH" ;; esac\n`;
}
