import { definePack } from '../src/core/rule.js';
import { unknownEnvironment } from '../src/core/environment.js';
import { mentionsRailwayApi } from '../src/core/tools/http/http-request.js';
import { apiDeleteRule, railwayMutationRule } from '../src/core/tools/http/http-rules.js';
import { parseWget, wgetReadsStdin } from '../src/core/tools/wget/wget-request.js';

const API = 'https://backboard.railway.com/graphql/v2';
const BEARER = '--header=Authorization: Bearer 3f1c9a-token';

export const wgetPack = definePack({
  tool: 'wget',
  commands: ['wget'],
  readsStdin: (args) => mentionsRailwayApi(args) && wgetReadsStdin(args),
  prefilter: {
    prefixes: ['https://backboard.railway.', 'http://backboard.railway.', 'backboard.railway.', '--method'],
    words: ['--method'],
  },
  parse: (args) => parseWget(args),
  environment: () => unknownEnvironment('an HTTP call names no environment'),
  rules: [
    railwayMutationRule('wget', {
      destructive: [
        {
          argv: [
            'wget',
            '-qO-',
            BEARER,
            '--header=Content-Type: application/json',
            '--post-data={"query":"mutation { volumeDelete(volumeId: \\"vol-9\\") }"}',
            API,
          ],
          resource: 'volumeDelete:vol-9',
          environment: 'unknown',
        },
        {
          argv: ['wget', '-O', '-', '--header', 'Project-Access-Token: t', '--post-file', 'del.json', API],
          files: {
            '/home/user/project/del.json':
              '{"query":"mutation($e: String!) { environmentDelete(id: $e) }","variables":{"e":"env-prod"}}',
          },
          resource: 'environmentDelete:env-prod',
          environment: 'unknown',
        },
        {
          argv: ['wget', BEARER, '--post-file=/dev/stdin', API],
          stdin: '{"query":"mutation { projectDelete(id: \\"p-1\\") }"}',
          resource: 'projectDelete:p-1',
          environment: 'unknown',
        },
        {
          argv: ['wget', '--body-data', 'not json {', '--method=POST', API],
          resource: '(unreadable-request-body)',
          environment: 'unknown',
        },
      ],
      benign: [
        { argv: ['wget', '-qO-', BEARER, '--post-data={"query":"{ me { name } }"}', API] },
        {
          argv: [
            'wget',
            '-qO-',
            '--post-data={"query":"mutation { volumeDelete(volumeId: \\"v\\") }"}',
            'https://staging.example.com/graphql',
          ],
        },
        {
          argv: [
            'wget',
            '-qO-',
            BEARER,
            '--post-data={"query":"mutation { volumeCreate(input: {projectId: \\"p\\"}) { id } }"}',
            API,
          ],
        },
        { argv: ['wget', 'https://backboard.railway.app/graphql/v2'] },
      ],
    }),
    apiDeleteRule('wget', {
      destructive: [
        {
          argv: ['wget', '--method=DELETE', 'https://api.github.com/repos/acme/app'],
          resource: 'api.github.com/repos/acme/app',
          environment: 'unknown',
        },
        {
          argv: ['wget', '-qO-', '--method', 'DELETE', 'https://api.heroku.com/apps/acme'],
          resource: 'api.heroku.com/apps/acme',
          environment: 'unknown',
        },
        {
          argv: [
            'wget',
            '--method=delete',
            '--header=Authorization: Bearer x',
            'https://api.supabase.com/v1/projects/abcd',
          ],
          resource: 'api.supabase.com/v1/projects/abcd',
        },
      ],
      benign: [
        { argv: ['wget', 'https://api.github.com/repos/acme/app'] },
        { argv: ['wget', '--method=DELETE', 'http://localhost:8080/cache'] },
        { argv: ['wget', '-X', 'DELETE', 'https://api.github.com/'], note: 'wget -X is --exclude-directories' },
      ],
    }),
  ],
});
