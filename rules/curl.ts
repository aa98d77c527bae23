import { definePack } from '../src/core/rule.js';
import { unknownEnvironment } from '../src/core/environment.js';
import { curlReadsStdin, parseCurl } from '../src/core/tools/curl/curl-request.js';
import { mentionsRailwayApi } from '../src/core/tools/http/http-request.js';
import { apiDeleteRule, railwayMutationRule } from '../src/core/tools/http/http-rules.js';

const API = 'https://backboard.railway.app/graphql/v2';
const BEARER = 'Authorization: Bearer 3f1c9a-token';
const PROJECT = 'Project-Access-Token: 9b2e-token';
const VOLUME_DELETE = '{"query":"mutation { volumeDelete(volumeId: \\"vol-prod-1\\") }"}';

export const curlPack = definePack({
  tool: 'curl',
  commands: ['curl'],
  readsStdin: (args) => mentionsRailwayApi(args) && curlReadsStdin(args),
  prefilter: {
    prefixes: [
      'https://backboard.railway.',
      'http://backboard.railway.',
      'backboard.railway.',
      '--url=',
      '--request=',
      '--config=',
      '-X',
      '-K',
    ],
    words: ['--url', '--request', '--config', 'DELETE', 'delete'],
    shortFlagChars: 'XK',
  },
  parse: (args, ctx) => parseCurl(args, ctx),
  environment: () => unknownEnvironment('an HTTP call names no environment'),
  rules: [
    railwayMutationRule('curl', {
      destructive: [
        {
          argv: ['curl', '-X', 'POST', API, '-H', BEARER, '-H', 'Content-Type: application/json', '-d', VOLUME_DELETE],
          resource: 'volumeDelete:vol-prod-1',
          environment: 'unknown',
          note: 'the incident',
        },
        {
          argv: [
            'curl',
            '-sS',
            API,
            '-H',
            PROJECT,
            '--json',
            '{"query":"mutation Del($id: String!) { gone: serviceDelete(id: $id) }","variables":{"id":"svc-42"}}',
          ],
          resource: 'serviceDelete:svc-42',
          environment: 'unknown',
          note: 'alias and id in variables',
        },
        {
          argv: ['curl', API, '-H', BEARER, '-d', '@payload.json'],
          files: { '/home/user/project/payload.json': `${VOLUME_DELETE}\n` },
          resource: 'volumeDelete:vol-prod-1',
          environment: 'unknown',
        },
        {
          argv: ['curl', '-X', 'POST', API, '-H', BEARER, '--data-binary', '@-'],
          stdin: '{"query":"mutation {\\n  projectScheduleDeleteForce(id: \\"proj-7\\")\\n}"}',
          resource: 'projectScheduleDeleteForce:proj-7',
          environment: 'unknown',
        },
        {
          argv: [
            'curl',
            'https://backboard.railway.com/graphql/v2',
            '-H',
            BEARER,
            '--data-raw',
            '{"query":"mutation($i: VariableCollectionUpsertInput!) { variableCollectionUpsert(input: $i) }","variables":{"i":{"serviceId":"svc-9","replace":true,"variables":{}}}}',
          ],
          resource: 'variableCollectionUpsert:svc-9',
          environment: 'unknown',
        },
        {
          argv: ['curl', API, '-H', BEARER, '-d', '@missing.json'],
          resource: '(unreadable-request-body)',
          environment: 'unknown',
          note: 'a body guard cannot read fails closed',
        },
        {
          argv: [
            'curl',
            API,
            '-H',
            'Content-Type: application/graphql',
            '--data-binary',
            'mutation { volumeInstanceBackupDelete(volumeInstanceBackupId: "bk-1", volumeInstanceId: "vi-1") }',
          ],
          resource: 'volumeInstanceBackupDelete:bk-1',
        },
        {
          argv: ['curl', '-K', 'railway.curl'],
          files: {
            '/home/user/project/railway.curl':
              '# agent-written config\nurl = "https://backboard.railway.app/graphql/v2"\nheader = "Project-Access-Token: 9b2e"\ndata = "{\\"query\\":\\"mutation { volumeDelete(volumeId: \\\\\\"vol-k\\\\\\") }\\"}"\n',
          },
          resource: 'volumeDelete:vol-k',
          environment: 'unknown',
          note: 'the whole request in a curl config file',
        },
        {
          argv: ['curl', API, '-H', '@auth.headers', '--data-urlencode', 'query@op.graphql'],
          files: {
            '/home/user/project/auth.headers': 'Authorization: Bearer abc\n',
            '/home/user/project/op.graphql': 'mutation {\n  environmentDelete(id: "env-prod")\n}\n',
          },
          resource: 'environmentDelete:env-prod',
          environment: 'unknown',
        },
        {
          argv: [
            'curl',
            API,
            '-F',
            'operations={"query":"mutation { serviceDelete(id: \\"svc-f\\") }"}',
            '-F',
            'map={}',
          ],
          resource: 'serviceDelete:svc-f',
        },
      ],
      benign: [
        { argv: ['curl', API, '-H', BEARER, '-d', '{"query":"query { me { id email } }"}'], note: 'a read' },
        {
          argv: [
            'curl',
            API,
            '-H',
            BEARER,
            '-d',
            '{"query":"# volumeDelete(volumeId: \\"x\\")\\nquery { projects { edges { node { name } } } }"}',
          ],
          note: 'the word in a comment',
        },
        {
          argv: [
            'curl',
            API,
            '-H',
            BEARER,
            '--json',
            '{"query":"mutation { serviceCreate(input: {name: \\"volumeDelete\\"}) { id } }"}',
          ],
          note: 'a create, scary word in a string',
        },
        { argv: ['curl', 'https://example.com/graphql', '-d', VOLUME_DELETE], note: 'not Railway' },
        {
          argv: ['curl', API, '-H', BEARER, '--data-binary', '@-'],
          stdin: '{"query":"mutation { projectScheduleDeleteCancel(id: \\"p\\") }"}',
          note: 'cancels a deletion',
        },
        { argv: ['curl', '-s', 'https://backboard.railway.app/graphql/v2'], note: 'no body' },
        {
          argv: ['curl', API, '-F', 'query=<read.graphql'],
          files: { '/home/user/project/read.graphql': 'query { volumeDelete: me { id } }\n' },
          note: 'alias named like a mutation, in a query',
        },
      ],
    }),
    apiDeleteRule('curl', {
      destructive: [
        {
          argv: ['curl', '-X', 'DELETE', 'https://api.github.com/repos/acme/app', '-H', 'Authorization: token x'],
          resource: 'api.github.com/repos/acme/app',
          environment: 'unknown',
        },
        {
          argv: ['curl', '-sXDELETE', 'https://api.heroku.com/apps/acme-prod'],
          resource: 'api.heroku.com/apps/acme-prod',
          environment: 'unknown',
        },
        {
          argv: ['curl', '--request', 'delete', '--url', 'https://api.fly.io/v1/apps/acme/volumes/vol_1'],
          resource: 'api.fly.io/v1/apps/acme/volumes/vol_1',
        },
        {
          argv: ['curl', '--request=DELETE', 'api.vercel.com/v9/projects/web?teamId=t1'],
          resource: 'api.vercel.com/v9/projects/web',
        },
      ],
      benign: [
        { argv: ['curl', 'https://api.github.com/repos/acme/app'], note: 'GET' },
        { argv: ['curl', '-X', 'DELETE', 'http://localhost:3000/items/1'], note: 'not a configured host' },
        {
          argv: ['curl', '-X', 'POST', 'https://api.heroku.com/apps', '-d', '{"name":"delete"}'],
          note: 'POST to a configured host',
        },
        { argv: ['curl', '-I', 'https://api.vercel.com/v9/projects/web'], note: 'HEAD' },
      ],
    }),
  ],
});
