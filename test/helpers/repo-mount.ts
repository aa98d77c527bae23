// The checkout (bin/ and dist/ with it), bound read-only into a sandbox after its tmpfs mounts: CI may
// clone the repository under /tmp or /home, which the sandboxes replace with empty file systems.
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

/** bubblewrap arguments that make the checkout visible again; put them after every --tmpfs. */
export function repoMount(): string[] {
  return ['--ro-bind', REPO_ROOT, REPO_ROOT];
}
