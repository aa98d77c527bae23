import { definePack, type RuleMatch } from '../src/core/rule.js';
import { hasOption, parseOptions } from '../src/core/argv/parse-options.js';
import { resolveEnvironment } from '../src/core/environment.js';
import { composeDownMatch } from '../src/core/tools/docker/compose-down.js';
import type { Context } from '../src/core/types.js';
import { type DockerCall, parseDocker } from '../src/core/tools/docker/parse-docker.js';

const env = (call: DockerCall, ctx: Context) => resolveEnvironment(call.signals, ctx);
const CONFIG = { '/home/user/.docker/config.json': '{"auths":{},"currentContext":"prod-vm"}' };

function sub(call: DockerCall, specs: Parameters<typeof parseOptions>[1]) {
  return parseOptions(
    call.command.slice(2),
    [...specs, { id: 'help', long: ['help'] }, { id: 'filter', long: ['filter'], value: true }],
    { style: 'pflag' },
  );
}

export const dockerPack = definePack({
  tool: 'docker',
  commands: ['docker'],
  prefilter: { words: ['rm', 'remove', 'prune', 'down'] },
  parse: (args, ctx) => parseDocker(args, ctx),
  environment: (call, ctx) => env(call, ctx),
  rules: [
    {
      id: 'docker/volume-remove',
      summary: 'docker volume rm / volume prune (deletes volume data)',
      message: 'this deletes Docker volume {{resource}} on daemon {{environment}}; its data is gone',
      rationale:
        'Volumes hold databases and uploads; `volume rm` never prompts and `volume prune -f` skips the prompt (with -a, named volumes too).',
      safer:
        '`docker volume inspect NAME` and back it up (`docker run --rm -v NAME:/v -v $PWD:/b alpine tar czf /b/NAME.tgz /v`) first.',
      match: (call, ctx): RuleMatch[] | null => {
        const [group, action] = call.command;
        if (group !== 'volume') return null;
        if (action === 'rm' || action === 'remove') {
          const parsed = sub(call, [{ id: 'force', short: ['f'], long: ['force'] }]);
          if (hasOption(parsed, 'help')) return null;
          return parsed.positionals.map((v) => ({ resource: v, environment: env(call, ctx) }));
        }
        if (action === 'prune') {
          const parsed = sub(call, [
            { id: 'all', short: ['a'], long: ['all'] },
            { id: 'force', short: ['f'], long: ['force'] },
          ]);
          if (hasOption(parsed, 'help')) return null;
          return [
            {
              resource: hasOption(parsed, 'all') ? 'all-unused-volumes' : 'unused-anonymous-volumes',
              environment: env(call, ctx),
            },
          ];
        }
        return null;
      },
      examples: {
        destructive: [
          { argv: ['docker', 'volume', 'rm', 'pgdata'], files: CONFIG, resource: 'pgdata', environment: 'prod-vm' },
          {
            argv: ['docker', '-H', 'ssh://ops@db1', 'volume', 'rm', '-f', 'redis-data'],
            resource: 'redis-data',
            environment: 'ssh://ops@db1',
          },
          {
            argv: ['docker', 'volume', 'prune', '-a', '-f'],
            env: { DOCKER_CONTEXT: 'staging' },
            resource: 'all-unused-volumes',
            environment: 'staging',
          },
          { argv: ['docker', 'volume', 'prune'], resource: 'unused-anonymous-volumes', environment: 'default' },
        ],
        benign: [
          { argv: ['docker', 'volume', 'ls'] },
          { argv: ['docker', 'volume', 'inspect', 'rm'] },
          { argv: ['docker', 'volume', 'create', 'prune'] },
          { argv: ['docker', 'volume', 'rm', '--help'] },
        ],
      },
    },
    {
      id: 'docker/system-prune',
      summary: 'docker system prune -a / --volumes',
      message: 'docker system prune deletes {{resource}} on daemon {{environment}}',
      rationale:
        'With --volumes it deletes unused volumes (their data); with -a every image not used by a running container, so stopped services cannot start offline.',
      safer:
        '`docker system df -v` to see what would go; prune images or build cache specifically (`docker image prune`, `docker builder prune`).',
      match: (call, ctx) => {
        if (call.command[0] !== 'system' || call.command[1] !== 'prune') return null;
        const parsed = sub(call, [
          { id: 'all', short: ['a'], long: ['all'] },
          { id: 'volumes', long: ['volumes'] },
          { id: 'force', short: ['f'], long: ['force'] },
        ]);
        if (hasOption(parsed, 'help') || (!hasOption(parsed, 'all') && !hasOption(parsed, 'volumes'))) return null;
        const what = [
          hasOption(parsed, 'all') ? 'unused-images' : '',
          hasOption(parsed, 'volumes') ? 'unused-volumes' : '',
        ]
          .filter(Boolean)
          .join('+');
        return {
          resource: what,
          environment: env(call, ctx),
          details: ['also stopped containers, unused networks and build cache'],
        };
      },
      examples: {
        destructive: [
          {
            argv: ['docker', 'system', 'prune', '-a', '--volumes', '-f'],
            files: CONFIG,
            resource: 'unused-images+unused-volumes',
            environment: 'prod-vm',
          },
          { argv: ['docker', 'system', 'prune', '--volumes'], resource: 'unused-volumes', environment: 'default' },
          {
            argv: ['docker', '--context', 'ci-runner', 'system', 'prune', '-af'],
            resource: 'unused-images',
            environment: 'ci-runner',
          },
        ],
        benign: [
          { argv: ['docker', 'system', 'df', '-v'] },
          { argv: ['docker', 'system', 'prune', '--help'] },
          { argv: ['docker', 'image', 'prune', '-a'] },
        ],
      },
    },
    {
      id: 'docker/rm-volumes',
      summary: 'docker rm -v CONTAINER (also deletes its anonymous volumes)',
      message: 'docker rm -v deletes container {{resource}} and its anonymous volumes on daemon {{environment}}',
      rationale:
        'Images such as postgres and mysql declare VOLUME for their data dir; without a named volume that data lives in an anonymous volume that `rm -v` deletes.',
      safer: '`docker inspect -f "{{ .Mounts }}" CTR` first; `docker rm` without -v keeps the volumes.',
      match: (call, ctx) => {
        const isRm =
          call.command[0] === 'rm' ||
          (call.command[0] === 'container' && (call.command[1] === 'rm' || call.command[1] === 'remove'));
        if (!isRm) return null;
        const rest = call.command[0] === 'rm' ? call.command.slice(1) : call.command.slice(2);
        const parsed = parseOptions(
          rest,
          [
            { id: 'volumes', short: ['v'], long: ['volumes'] },
            { id: 'force', short: ['f'], long: ['force'] },
            { id: 'link', short: ['l'], long: ['link'] },
            { id: 'help', long: ['help'] },
          ],
          { style: 'pflag' },
        );
        if (!hasOption(parsed, 'volumes') || hasOption(parsed, 'help')) return null;
        return parsed.positionals.map((c) => ({ resource: c, environment: env(call, ctx) }));
      },
      examples: {
        destructive: [
          { argv: ['docker', 'rm', '-v', 'pg'], files: CONFIG, resource: 'pg', environment: 'prod-vm' },
          { argv: ['docker', 'rm', '-fv', 'mysql-1'], resource: 'mysql-1', environment: 'default' },
          {
            argv: ['docker', 'container', 'rm', '--volumes', 'web'],
            env: { DOCKER_HOST: 'tcp://10.0.0.5:2376' },
            resource: 'web',
            environment: 'tcp://10.0.0.5:2376',
          },
        ],
        benign: [
          { argv: ['docker', 'rm', 'pg'] },
          { argv: ['docker', 'rm', '-f', 'old'] },
          { argv: ['docker', 'run', '--rm', '-v', 'data:/data', 'alpine', 'ls'] },
        ],
      },
    },
    {
      id: 'docker/compose-down-volumes',
      summary: "docker compose down -v (deletes the project's volumes)",
      message: 'compose down -v deletes the volumes of {{resource}} on daemon {{environment}}',
      rationale: 'down -v removes named volumes declared by the project (database data, uploads), not just containers.',
      safer: '`docker compose down` without -v keeps the volumes; `docker compose config --volumes` lists them.',
      match: (call, ctx) =>
        call.command[0] === 'compose' ? composeDownMatch(call.command.slice(1), env(call, ctx), ctx) : null,
      examples: {
        destructive: [
          { argv: ['docker', 'compose', 'down', '-v'], resource: 'project-volumes', environment: 'default' },
          {
            argv: ['docker', 'compose', '-p', 'shop', 'down', '--volumes', '--remove-orphans'],
            files: CONFIG,
            resource: 'shop-volumes',
            environment: 'prod-vm',
          },
          {
            argv: ['docker', 'compose', '-f', 'deploy/compose.yaml', 'down', '-v'],
            files: {
              '/home/user/project/deploy/compose.yaml': 'name: billing\nservices:\n  db:\n    image: postgres\n',
            },
            resource: 'billing-volumes',
          },
        ],
        benign: [
          { argv: ['docker', 'compose', 'down'] },
          { argv: ['docker', 'compose', 'up', '-d', '-V'] },
          { argv: ['docker', 'compose', 'down', '--rmi', 'local'] },
        ],
      },
    },
  ],
});
