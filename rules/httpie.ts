import { definePack } from '../src/core/rule.js';
import { unknownEnvironment } from '../src/core/environment.js';
import { mentionsRailwayApi } from '../src/core/tools/http/http-request.js';
import { parseHttpie } from '../src/core/tools/httpie/httpie-request.js';
import { apiDeleteRule, railwayMutationRule } from '../src/core/tools/http/http-rules.js';

const API = 'backboard.railway.app/graphql/v2';

/**
 * httpie and xh share their request syntax (`METHOD URL Header:value field=value`), so one pack shape
 * serves both; only the command names and the bearer-token option differ.
 */
export function httpieStylePack(tool: string, commands: string[], bearer: string[]) {
  const cmd = commands[0] as string;
  return definePack({
    tool,
    commands,
    // A piped stdin is the request body unless --ignore-stdin; capture it only for Railway's API.
    readsStdin: (args) =>
      mentionsRailwayApi(args) && !args.some((a) => a === '--ignore-stdin' || a === '-I' || a === '--offline'),
    prefilter: {
      prefixes: ['https://backboard.railway.', 'http://backboard.railway.', 'backboard.railway.'],
      words: ['DELETE', 'delete', 'Delete'],
    },
    parse: (args, ctx) => parseHttpie(args, ctx),
    environment: () => unknownEnvironment('an HTTP call names no environment'),
    rules: [
      railwayMutationRule(tool, {
        destructive: [
          {
            argv: [
              cmd,
              'POST',
              API,
              'Authorization:Bearer 3f1c9a-token',
              'query=mutation { volumeDelete(volumeId: "vol-prod-1") }',
            ],
            resource: 'volumeDelete:vol-prod-1',
            environment: 'unknown',
          },
          {
            argv: [
              cmd,
              API,
              'Project-Access-Token:9b2e',
              'query=mutation($id: String!) { serviceDelete(id: $id, environmentId: "env-1") }',
              'variables:={"id":"svc-3"}',
            ],
            resource: 'serviceDelete:svc-3',
            environment: 'unknown',
          },
          {
            argv: [cmd, '-A', 'bearer', '-a', 'tok', 'https://backboard.railway.com/graphql/v2'],
            stdin: '{"query":"mutation { deploymentRemove(id: \\"dep-5\\") }"}',
            resource: 'deploymentRemove:dep-5',
            environment: 'unknown',
            note: 'raw body on stdin',
          },
          {
            argv: [cmd, API, 'query=@op.graphql'],
            files: {
              '/home/user/project/op.graphql':
                'mutation {\n  # remove the old one\n  customDomainDelete(id: "dom-1")\n}\n',
            },
            resource: 'customDomainDelete:dom-1',
          },
          { argv: [cmd, API, 'query=@gone.graphql'], resource: '(unreadable-request-body)', environment: 'unknown' },
        ],
        benign: [
          { argv: [cmd, API, 'Authorization:Bearer t', 'query={ me { id } }'] },
          {
            argv: [
              cmd,
              API,
              'Authorization:Bearer t',
              'query=mutation { serviceCreate(input: {name: "db-delete-test"}) { id } }',
            ],
          },
          { argv: [cmd, 'POST', 'example.com/graphql', 'query=mutation { volumeDelete(volumeId: "v") }'] },
          { argv: [cmd, '--ignore-stdin', API, 'query=query { projects { edges { node { id } } } }'] },
        ],
      }),
      apiDeleteRule(tool, {
        destructive: [
          {
            argv: [cmd, 'DELETE', 'https://api.github.com/repos/acme/app', 'Authorization:token x'],
            resource: 'api.github.com/repos/acme/app',
            environment: 'unknown',
          },
          {
            argv: [cmd, 'delete', 'api.fly.io/v1/apps/acme'],
            resource: 'api.fly.io/v1/apps/acme',
            environment: 'unknown',
          },
          {
            argv: [cmd, ...bearer, 'DELETE', 'api.vercel.com/v9/projects/web'],
            resource: 'api.vercel.com/v9/projects/web',
          },
        ],
        benign: [
          { argv: [cmd, 'api.github.com/repos/acme/app'] },
          { argv: [cmd, 'DELETE', 'localhost:3000/items/1'] },
          { argv: [cmd, 'POST', 'api.heroku.com/apps', 'name=delete'] },
        ],
      }),
    ],
  });
}

export const httpiePack = httpieStylePack('httpie', ['http', 'https'], ['-A', 'bearer', '-a', 'x']);
