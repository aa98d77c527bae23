import { posix } from 'node:path';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';

/** Reads `key` from `[section]` of an INI text (gcloud configurations). */
export function iniValue(text: string, section: string, key: string): string | undefined {
  let inSection = false;
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header) {
      inSection = header[1]?.trim() === section;
      continue;
    }
    const pair = /^\s*([^=#;]+?)\s*=\s*(.*?)\s*$/.exec(line);
    if (inSection && pair && pair[1] === key) return pair[2];
  }
  return undefined;
}

/**
 * The project of gcloud's active configuration: --configuration > CLOUDSDK_ACTIVE_CONFIG_NAME >
 * the active_config file; its `[core] project`. CLOUDSDK_CONFIG moves the directory.
 */
export function configuredProject(ctx: Context, configurationFlag: string | undefined): EnvironmentSignal | undefined {
  const dir = ctx.env.CLOUDSDK_CONFIG ?? posix.join(ctx.home, '.config/gcloud');
  const activeFile = posix.join(dir, 'active_config');
  const name =
    configurationFlag ?? ctx.env.CLOUDSDK_ACTIVE_CONFIG_NAME ?? ctx.fs.readText(activeFile)?.trim() ?? 'default';
  const how = configurationFlag
    ? `--configuration ${name}`
    : ctx.env.CLOUDSDK_ACTIVE_CONFIG_NAME
      ? `CLOUDSDK_ACTIVE_CONFIG_NAME=${name}`
      : `${displayPath(activeFile, ctx)} names "${name}"`;
  const configFile = posix.join(dir, 'configurations', `config_${name}`);
  const text = ctx.fs.readText(configFile);
  const project = text === undefined ? undefined : iniValue(text, 'core', 'project');
  if (!project) return undefined;
  return {
    kind: 'gcloud-project',
    value: project,
    source: 'tool-config',
    detail: `${how}; ${displayPath(configFile, ctx)} [core] project = ${project}`,
  };
}

function displayPath(path: string, ctx: Context): string {
  return path.startsWith(`${ctx.home}/`) ? `~${path.slice(ctx.home.length)}` : path;
}
