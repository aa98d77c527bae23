// Which kind of file `guard scan` reads, from its path (and, for extension-less files, its first line).

export type FileKind =
  'shell' | 'makefile' | 'package-json' | 'justfile' | 'dockerfile' | 'github-actions' | 'gitlab-ci' | 'compose';

/** The kind of a file at `path` (forward slashes, relative to the scan root), or undefined when guard does not read it. */
export function fileKind(path: string, firstLine = ''): FileKind | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const lower = name.toLowerCase();
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 'github-actions';
  if (/^\.gitlab-ci(\.[\w-]+)?\.ya?ml$/.test(name) || /(^|\/)\.gitlab\/ci\/[^/]+\.ya?ml$/.test(path))
    return 'gitlab-ci';
  if (/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(lower)) return 'compose';
  if (name === 'package.json') return 'package-json';
  if (/^(GNU)?makefile$/i.test(name) || lower.endsWith('.mk')) return 'makefile';
  if (/^\.?justfile$/i.test(name) || lower.endsWith('.just')) return 'justfile';
  if (/^(dockerfile|containerfile)(\.[\w.-]+)?$/i.test(name) || lower.endsWith('.dockerfile')) return 'dockerfile';
  if (/\.(sh|bash|zsh|ksh)$/.test(lower)) return 'shell';
  if (!name.includes('.') && /^#!\s*\S*(\/|\s)(ba|z|k|da)?sh\b/.test(firstLine)) return 'shell';
  return undefined;
}
