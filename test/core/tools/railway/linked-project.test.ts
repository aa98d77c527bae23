import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../../src/core/example-context.js';
import { findLinkedProject, railwayConfigFile } from '../../../../src/core/tools/railway/linked-project.js';

const CONFIG = '/home/user/.railway/config.json';
const config = (projects: Record<string, object>): Record<string, string> => ({
  [CONFIG]: JSON.stringify({ projects, user: {} }),
});

test('the nearest linked directory walking up from cwd wins', () => {
  const files = config({
    '/home/user': { project: 'p-outer', environmentName: 'production', environment: 'e-1' },
    '/home/user/project': {
      project: 'p-inner',
      name: 'shop',
      environmentName: 'staging',
      environment: 'e-2',
      service: 's-1',
    },
  });
  const lookup = findLinkedProject(
    exampleContext({ argv: [], files, cwd: '/home/user/project/src/deep', dirs: ['/home/user/project/src/deep'] }),
  );
  assert.deepEqual(lookup, {
    found: true,
    link: {
      dir: '/home/user/project',
      file: '~/.railway/config.json',
      project: 'p-inner',
      name: 'shop',
      environment: 'e-2',
      environmentName: 'staging',
      service: 's-1',
    },
  });
});

test('a parent directory link applies to its subdirectories, up to /', () => {
  const files = config({ '/': { project: 'p-root', environment: 'e-root' } });
  const lookup = findLinkedProject(exampleContext({ argv: [], files }));
  assert.equal(lookup.found && lookup.link.dir, '/');
  assert.equal(lookup.found && lookup.link.environment, 'e-root');
});

test('a sibling directory is not a link for cwd', () => {
  const files = config({ '/home/user/other': { project: 'p', environmentName: 'production', environment: 'e' } });
  const lookup = findLinkedProject(exampleContext({ argv: [], files }));
  assert.equal(lookup.found, false);
  assert.match(!lookup.found ? lookup.why : '', /links no directory from \/home\/user\/project up to \//);
});

test('the walk starts from the physical cwd, as std::env::current_dir() does', () => {
  const files = config({ '/srv/app': { project: 'p', environmentName: 'production', environment: 'e' } });
  const ctx = exampleContext({
    argv: [],
    files,
    dirs: ['/srv/app'],
    links: { '/home/user/app': '/srv/app' },
    cwd: '/home/user/app',
  });
  const lookup = findLinkedProject(ctx);
  assert.equal(lookup.found && lookup.link.dir, '/srv/app');
});

test('a missing or unparsable config file is no link, with the reason', () => {
  const missing = findLinkedProject(exampleContext({ argv: [] }));
  assert.deepEqual(missing, {
    found: false,
    file: '~/.railway/config.json',
    why: '~/.railway/config.json does not exist',
  });
  const broken = findLinkedProject(exampleContext({ argv: [], files: { [CONFIG]: '{"projects": ' } }));
  assert.equal(broken.found, false);
  assert.match(!broken.found ? broken.why : '', /could not be parsed/);
  const wrongShape = findLinkedProject(exampleContext({ argv: [], files: { [CONFIG]: '{"projects": []}' } }));
  assert.equal(wrongShape.found, false);
});

test('non-string fields are ignored rather than trusted', () => {
  const files = config({ '/home/user/project': { project: 'p', environmentName: 42, environment: 'e-9' } });
  const lookup = findLinkedProject(exampleContext({ argv: [], files }));
  assert.equal(lookup.found && lookup.link.environmentName, undefined);
  assert.equal(lookup.found && lookup.link.environment, 'e-9');
});

test("RAILWAY_ENV switches the CLI's own config file, not the environment", () => {
  const at = (value?: string): string =>
    railwayConfigFile(exampleContext({ argv: [], env: value === undefined ? {} : { RAILWAY_ENV: value } }));
  assert.equal(at(), CONFIG);
  assert.equal(at('production'), CONFIG);
  assert.equal(at('Staging'), '/home/user/.railway/config-staging.json');
  assert.equal(at('dev'), '/home/user/.railway/config-dev.json');
  assert.equal(at('develop'), '/home/user/.railway/config-dev.json');
  assert.equal(at('prod'), CONFIG);
});
