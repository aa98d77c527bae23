import { definePack } from '../src/core/rule.js';
import { unknownEnvironment } from '../src/core/environment.js';
import { mentionsRailwayApi } from '../src/core/tools/http/http-request.js';
import { parseHttpie } from '../src/core/tools/http/httpie-request.js';
import { apiDeleteRule, railwayMutationRule } from '../src/core/tools/http/http-rules.js';

const API = 'backboard.railway.app/graphql/v2';

export const httpiePack = definePack({
  tool: 'httpie',
  commands: ['http', 'https'],
  // A piped stdin is the request body unless --ignore-stdin; capture it only for Railway's API.
  readsStdin: (args) => mentionsRailwayApi(args) && !args.some((a) => a === '--ignore-stdin' || a === '-I' || a === '--offline'),
  prefilter: {
    prefixes: ['https://backboard.railway.', 'http://backboard.railway.', 'backboard.railway.'],
    words: ['DELETE', 'delete', 'Delete'],
  },
  parse: (args, ctx) => parseHttpie(args, ctx),
  environment: () => unknownEnvironment('an HTTP call names no environment'),
  rules: [
    railwayMutationRule('httpie', {
      destructive: [
        { argv: ['http', 'POST', API, 'Authorization:Bearer 3f1c9a-token', 'query=mutation { volumeDelete(volumeId: "vol-prod-1") }'], resource: 'volumeDelete:vol-prod-1', environment: 'unknown' },
        { argv: ['http', API, 'Project-Access-Token:9b2e', 'query=mutation($id: String!) { serviceDelete(id: $id, environmentId: "env-1") }', 'variables:={"id":"svc-3"}'], resource: 'serviceDelete:svc-3', environment: 'unknown' },
        { argv: ['http', '-A', 'bearer', '-a', 'tok', 'https://backboard.railway.com/graphql/v2'], stdin: '{"query":"mutation { deploymentRemove(id: \\"dep-5\\") }"}', resource: 'deploymentRemove:dep-5', environment: 'unknown', note: 'raw body on stdin' },
        { argv: ['http', API, 'query=@op.graphql'], files: { '/home/user/project/op.graphql': 'mutation {\n  # remove the old one\n  customDomainDelete(id: "dom-1")\n}\n' }, resource: 'customDomainDelete:dom-1' },
        { argv: ['http', API, 'query=@gone.graphql'], resource: '(unreadable-request-body)', environment: 'unknown' },
      ],
      benign: [
        { argv: ['http', API, 'Authorization:Bearer t', 'query={ me { id } }'] },
        { argv: ['http', API, 'Authorization:Bearer t', 'query=mutation { serviceCreate(input: {name: "db-delete-test"}) { id } }'] },
        { argv: ['http', 'POST', 'example.com/graphql', 'query=mutation { volumeDelete(volumeId: "v") }'] },
        { argv: ['http', '--ignore-stdin', API, 'query=query { projects { edges { node { id } } } }'] },
      ],
    }),
    apiDeleteRule('httpie', {
      destructive: [
        { argv: ['http', 'DELETE', 'https://api.github.com/repos/acme/app', 'Authorization:token x'], resource: 'api.github.com/repos/acme/app', environment: 'unknown' },
        { argv: ['http', 'delete', 'api.fly.io/v1/apps/acme'], resource: 'api.fly.io/v1/apps/acme', environment: 'unknown' },
        { argv: ['http', '-A', 'bearer', '-a', 'x', 'DELETE', 'api.vercel.com/v9/projects/web'], resource: 'api.vercel.com/v9/projects/web' },
      ],
      benign: [
        { argv: ['http', 'api.github.com/repos/acme/app'] },
        { argv: ['http', 'DELETE', 'localhost:3000/items/1'] },
        { argv: ['http', 'POST', 'api.heroku.com/apps', 'name=delete'] },
      ],
    }),
  ],
});
