import { definePack } from '../src/core/rule.js';
import { resolveEnvironment } from '../src/core/environment.js';
import { composeDownMatch } from '../src/core/tools/docker/compose-down.js';
import { dockerSignals } from '../src/core/tools/docker/docker-target.js';

// The standalone docker-compose (v1 / the compose plugin's compatibility binary).
export const dockerComposePack = definePack({
  tool: 'docker-compose',
  commands: ['docker-compose'],
  prefilter: { words: ['down'] },
  parse: (args) => [...args],
  environment: (_args, ctx) => resolveEnvironment(dockerSignals(undefined, undefined, ctx), ctx),
  rules: [
    {
      id: 'docker-compose/down-volumes',
      summary: "docker-compose down -v (deletes the project's volumes)",
      message: 'docker-compose down -v deletes the volumes of {{resource}} on daemon {{environment}}',
      rationale: 'down -v removes named volumes declared by the project (database data, uploads), not just containers.',
      safer: '`docker-compose down` without -v keeps the volumes.',
      match: (args, ctx) =>
        composeDownMatch(args, resolveEnvironment(dockerSignals(undefined, undefined, ctx), ctx), ctx),
      examples: {
        destructive: [
          { argv: ['docker-compose', 'down', '-v'], resource: 'project-volumes', environment: 'default' },
          {
            argv: ['docker-compose', '-p', 'Shop_1', 'down', '--volumes'],
            env: { DOCKER_HOST: 'ssh://prod' },
            resource: 'Shop_1-volumes',
            environment: 'ssh://prod',
          },
          {
            argv: ['docker-compose', 'down', '-v'],
            env: { COMPOSE_PROJECT_NAME: 'ledger' },
            resource: 'ledger-volumes',
          },
        ],
        benign: [
          { argv: ['docker-compose', 'down'] },
          { argv: ['docker-compose', 'logs', '-v'] },
          { argv: ['docker-compose', 'down', '--help', '-v'] },
        ],
      },
    },
  ],
});
