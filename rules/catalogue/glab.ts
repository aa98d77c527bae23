import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked (search: glab-repo-delete(1), glab-container-registry-repository-delete(1)): `repo delete` deletes the whole
// project; (added) `container-registry repository delete ID`.
export default (): CatalogueTool => ({
  tool: 'glab',
  commands: ['glab'],
  docs: 'https://gitlab.com/gitlab-org/cli/-/tree/main/docs/source',
  valueFlags: ['--group', '-g', '--output', '-F'],
  environment: {
    flag: ['--repo', '-R'],
    envVar: ['GITLAB_HOST', 'GL_HOST'],
    kind: 'git-remote',
  },
  operations: [
    {
      id: 'glab/delete',
      summary:
        'glab repo / release / variable / label / schedule / deploy-key delete: delete a GitLab project or part of it',
      message: 'Deletes the GitLab {{resource}} ({{environment}}).',
      rationale: 'A deleted project takes its issues, merge requests, pipelines and wiki; --yes skips the prompt.',
      safer: 'Archive the project instead (`glab repo archive`).',
      undo: 'GitLab keeps a deleted project for a delayed-deletion period (7 days by default on GitLab.com); other objects have no undo',
      when: {
        args: [
          ['repo', 'release', 'variable', 'label', 'schedule', 'deploy-key', 'ssh-key', 'snippet', 'cluster'],
          ['delete', 'rm', 'remove'],
        ],
      },
      resource: {
        positional: 2,
        default: 'the current project',
      },
      examples: {
        destructive: [
          {
            argv: ['glab', 'repo', 'delete', 'acme/api', '--yes'],
            resource: 'acme/api',
            environment: 'unknown',
          },
          {
            argv: ['glab', 'release', 'delete', 'v1.2.0', '--yes', '-R', 'acme/api'],
            resource: 'v1.2.0',
            environment: 'acme/api',
          },
          {
            argv: ['glab', 'variable', 'delete', 'DATABASE_URL'],
            resource: 'DATABASE_URL',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['glab', 'repo', 'view', 'acme/api'],
          },
          {
            argv: ['glab', 'mr', 'list'],
          },
          {
            argv: ['glab', 'release', 'list'],
          },
        ],
      },
    },
    {
      id: 'glab/api-delete',
      summary: 'glab api -X DELETE: a DELETE request to the GitLab API',
      message: 'Sends DELETE {{resource}} to the GitLab API ({{environment}}).',
      rationale: 'The API call deletes whatever the path names; nothing asks.',
      safer: 'GET the path first and check what it names.',
      undo: 'depends on the object; most have no undo',
      when: {
        args: ['api', '*'],
        anyArg: ['DELETE', 'delete', '--method=DELETE', '-XDELETE'],
      },
      valueFlags: ['-X', '--method', '-f', '--field', '-F', '--raw-field', '-H', '--header'],
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['glab', 'api', '-X', 'DELETE', 'projects/42'],
            resource: 'projects/42',
            environment: 'unknown',
          },
          {
            argv: ['glab', 'api', '--method', 'DELETE', 'projects/acme%2Fapi/protected_branches/main'],
            resource: 'projects/acme%2Fapi/protected_branches/main',
            environment: 'unknown',
          },
          {
            argv: ['glab', 'api', 'projects/42/variables/TOKEN', '-X', 'DELETE'],
            resource: 'projects/42/variables/TOKEN',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['glab', 'api', 'projects/42'],
          },
          {
            argv: ['glab', 'api', '-X', 'POST', 'projects/42/issues', '-f', 'title=x'],
          },
          {
            argv: ['glab', 'api', '--method', 'GET', 'projects'],
          },
        ],
      },
    },
    {
      id: 'glab/registry-repository-delete',
      summary:
        'glab container-registry repository delete ID: delete a container registry repository with every image and tag',
      message:
        'Deletes the container registry repository {{resource}} of {{environment}} with every image and tag in it.',
      rationale: 'The repository and all images and tags published to it are deleted; deployments that pull them fail.',
      safer: 'Delete single tags, or set a cleanup policy; copy the images you need first.',
      undo: 'no undo',
      when: {
        args: ['container-registry', 'repository', ['delete', 'rm'], '*'],
        unlessFlags: ['--help', '-h'],
      },
      resource: {
        positional: 3,
      },
      examples: {
        destructive: [
          {
            argv: ['glab', 'container-registry', 'repository', 'delete', '123', '--yes'],
            resource: '123',
            environment: 'unknown',
          },
          {
            argv: ['glab', 'container-registry', 'repository', 'delete', '77', '-R', 'acme/api'],
            resource: '77',
            environment: 'acme/api',
          },
          {
            argv: ['glab', 'container-registry', 'repository', 'delete', '9'],
            resource: '9',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['glab', 'container-registry', 'repository', 'list'],
          },
          {
            argv: ['glab', 'container-registry', 'repository', 'view', '123'],
          },
          {
            argv: ['glab', 'container-registry', 'repository', 'delete', '--help'],
          },
        ],
      },
    },
  ],
});
