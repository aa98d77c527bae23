// Which Docker daemon a command talks to: -H > -c > DOCKER_HOST > DOCKER_CONTEXT > currentContext
// in $DOCKER_CONFIG/config.json (~/.docker) > the default context (local daemon).
import { posix } from 'node:path';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';

export function dockerSignals(
  host: string | undefined,
  context: string | undefined,
  ctx: Context,
): EnvironmentSignal[] {
  if (host) return [{ kind: 'docker-context', value: host, source: 'flag', detail: `-H ${host}` }];
  if (context) return [{ kind: 'docker-context', value: context, source: 'flag', detail: `--context ${context}` }];
  if (ctx.env.DOCKER_HOST)
    return [
      {
        kind: 'docker-context',
        value: ctx.env.DOCKER_HOST,
        source: 'env',
        detail: `DOCKER_HOST=${ctx.env.DOCKER_HOST}`,
      },
    ];
  if (ctx.env.DOCKER_CONTEXT)
    return [
      {
        kind: 'docker-context',
        value: ctx.env.DOCKER_CONTEXT,
        source: 'env',
        detail: `DOCKER_CONTEXT=${ctx.env.DOCKER_CONTEXT}`,
      },
    ];
  const dir = ctx.env.DOCKER_CONFIG ? posix.resolve(ctx.cwd, ctx.env.DOCKER_CONFIG) : posix.join(ctx.home, '.docker');
  const text = ctx.fs.readText(posix.join(dir, 'config.json'));
  if (text !== undefined) {
    try {
      const current = (JSON.parse(text) as { currentContext?: unknown }).currentContext;
      if (typeof current === 'string' && current !== '' && current !== 'default') {
        return [
          {
            kind: 'docker-context',
            value: current,
            source: 'tool-config',
            detail: `currentContext in ${posix.join(dir, 'config.json')}`,
          },
        ];
      }
    } catch {
      return [];
    }
  }
  return [
    {
      kind: 'docker-context',
      value: 'default',
      source: 'default',
      detail: `the default context: the local Docker daemon on ${ctx.hostname}`,
    },
  ];
}

const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/** Compose project name: -p > COMPOSE_PROJECT_NAME > top-level `name:` > the project directory's name. */
export function composeProject(
  project: string | undefined,
  files: string[],
  projectDir: string | undefined,
  ctx: Context,
): { name: string; from: string } {
  if (project) return { name: project, from: '-p' };
  if (ctx.env.COMPOSE_PROJECT_NAME) return { name: ctx.env.COMPOSE_PROJECT_NAME, from: 'COMPOSE_PROJECT_NAME' };
  const candidates =
    files.length > 0
      ? files.map((f) => posix.resolve(ctx.cwd, f))
      : COMPOSE_FILES.map((f) => posix.join(projectDir ? posix.resolve(ctx.cwd, projectDir) : ctx.cwd, f));
  for (const file of candidates) {
    const text = ctx.fs.readText(file);
    if (text === undefined) continue;
    const name = /^name:[ \t]*["']?([^"'\s#]+)/m.exec(text);
    if (name) return { name: name[1] as string, from: `name: in ${posix.basename(file)}` };
    break;
  }
  const dir = projectDir
    ? posix.resolve(ctx.cwd, projectDir)
    : files[0]
      ? posix.dirname(posix.resolve(ctx.cwd, files[0]))
      : ctx.cwd;
  return {
    name: posix
      .basename(dir)
      .toLowerCase()
      .replace(/[^a-z0-9_-]/g, ''),
    from: 'directory name',
  };
}
