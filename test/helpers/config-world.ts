import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temporary HOME (with XDG config dir) and project dir; files written with owner-only modes. */
export interface TempWorld {
  root: string;
  home: string;
  project: string;
  userDir: string;
  write(path: string, text: string, mode?: number): string;
  cleanup(): void;
}

export function tempWorld(): TempWorld {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'guard-config-')));
  const home = join(root, 'home');
  const project = join(root, 'work', 'project');
  const userDir = join(home, '.config', 'guard');
  mkdirSync(userDir, { recursive: true });
  mkdirSync(project, { recursive: true });
  return {
    root,
    home,
    project,
    userDir,
    write(path, text, mode = 0o600) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      chmodSync(path, mode);
      return path;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
