// `docker compose … down -v` / `docker-compose … down -v`: the project's named volumes are deleted.
import { hasOption, optionValue, optionValues, parseOptions } from '../../argv/parse-options.js';
import type { RuleMatch } from '../../rule.js';
import type { Context, Environment } from '../../types.js';
import { composeProject } from './docker-target.js';

export function composeDownMatch(args: readonly string[], environment: Environment, ctx: Context): RuleMatch | null {
  const parsed = parseOptions(
    args,
    [
      { id: 'file', short: ['f'], long: ['file'], value: true },
      { id: 'project', short: ['p'], long: ['project-name'], value: true },
      { id: 'project-dir', long: ['project-directory'], value: true },
      { id: 'volumes', short: ['v'], long: ['volumes'] },
      {
        id: 'other',
        short: ['t'],
        long: ['env-file', 'profile', 'rmi', 'timeout', 'ansi', 'progress', 'parallel'],
        value: true,
      },
      { id: 'help', short: ['h'], long: ['help'] },
      { id: 'dry-run', long: ['dry-run'] },
    ],
    { style: 'pflag' },
  );
  if (
    parsed.positionals[0] !== 'down' ||
    !hasOption(parsed, 'volumes') ||
    hasOption(parsed, 'help') ||
    hasOption(parsed, 'dry-run')
  )
    return null;
  const project = composeProject(
    optionValue(parsed, 'project'),
    optionValues(parsed, 'file'),
    optionValue(parsed, 'project-dir'),
    ctx,
  );
  return {
    resource: `${project.name}-volumes`,
    environment,
    details: [`compose project ${project.name} (${project.from}): its named and anonymous volumes are removed`],
  };
}
