import type { ConfigFileInput } from '../../core/config/merge-layers.js';
import type { ConfigLayer, ConfigProblem } from '../../core/config/problem.js';
import { quickConfig } from '../../core/config/quick-check.js';
import { findProjectConfigFiles, findUserConfigFiles, userConfigDir } from './find-config-files.js';
import { readConfigFile } from './read-config-file.js';

export interface ConfigFileStatus {
  file: string;
  layer: ConfigLayer;
  status: 'read' | 'rejected' | 'ignored';
  note?: string;
}

export interface FoundConfig {
  user: ConfigFileInput | undefined;
  projects: ConfigFileInput[];
  /** Files that could not be read or did not validate. */
  problems: ConfigProblem[];
  files: ConfigFileStatus[];
  userDir: string;
}

/** Finds, reads and schema-checks the user config and every project config from cwd upward. */
export async function loadConfigFiles(where: {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  home: string;
}): Promise<FoundConfig> {
  const userDir = userConfigDir(where.env, where.home);
  const userFiles = findUserConfigFiles(userDir);
  const projectFiles = findProjectConfigFiles(where.cwd, userDir);
  const found: FoundConfig = { user: undefined, projects: [], problems: [], files: [], userDir };
  if (userFiles.length === 0 && projectFiles.length === 0) return found;
  if (userFiles.length > 1) {
    found.problems.push({
      file: userDir,
      layer: 'user',
      key: '',
      message: `several user config files (${userFiles.map((f) => f.file.slice(userDir.length + 1)).join(', ')}); keep exactly one`,
    });
  }
  for (const candidate of [...userFiles, ...projectFiles]) {
    if (candidate.foreign) {
      // Another account's file cannot speak for this user; ignoring it can only drop tightening, never loosen the user's config.
      found.files.push({
        file: candidate.file,
        layer: candidate.layer,
        status: 'ignored',
        note: 'owned by another account',
      });
      continue;
    }
    const read = await readConfigFile(candidate);
    if (read.kind === 'absent') continue;
    if (read.kind === 'error') {
      found.problems.push({ file: read.label, layer: candidate.layer, key: '', message: read.message });
      found.files.push({ file: read.label, layer: candidate.layer, status: 'rejected' });
      continue;
    }
    // The quick check clears the common shapes without zod; the schema decides the rest and explains.
    const quick = quickConfig(read.data);
    const validated = quick
      ? ({ ok: true, data: quick } as const)
      : (await import('../../core/config/validate.js')).validateConfigData(read.data, read.label, candidate.layer);
    if (!validated.ok) {
      found.problems.push(...validated.problems);
      found.files.push({ file: read.label, layer: candidate.layer, status: 'rejected' });
      continue;
    }
    const input: ConfigFileInput = { file: read.label, layer: candidate.layer, data: validated.data };
    if (candidate.layer === 'user') found.user ??= input;
    else found.projects.push(input);
    found.files.push({ file: read.label, layer: candidate.layer, status: 'read' });
  }
  return found;
}
