import { test } from 'node:test';
import assert from 'node:assert/strict';
import { awsDetails, awsEnvironment } from '../../../../src/core/tools/aws/aws-environment.js';
import { parseAws } from '../../../../src/core/tools/aws/aws-parse.js';
import { exampleContext } from '../../../../src/core/example-context.js';

const envOf = (argv: string[], env: Record<string, string> = {}) =>
  awsEnvironment(parseAws(argv).args, exampleContext({ argv: ['aws'], env }));

test('profile precedence: --profile > key variables > AWS_PROFILE > AWS_DEFAULT_PROFILE > default', () => {
  assert.equal(envOf(['--profile', 'a', 's3', 'ls'], { AWS_ACCESS_KEY_ID: 'k', AWS_PROFILE: 'b' }).name, 'a');
  assert.equal(envOf(['s3', 'ls'], { AWS_ACCESS_KEY_ID: 'k', AWS_PROFILE: 'b' }).name, 'unknown');
  assert.equal(envOf(['s3', 'ls'], { AWS_PROFILE: 'b', AWS_DEFAULT_PROFILE: 'c' }).name, 'b');
  assert.equal(envOf(['s3', 'ls'], { AWS_DEFAULT_PROFILE: 'c' }).name, 'c');
  const fallback = envOf(['s3', 'ls']);
  assert.equal(fallback.name, 'default');
  assert.equal(fallback.source, 'default');
});

test('an endpoint URL names where the calls land; region and endpoint are shown', () => {
  assert.equal(
    envOf(['--endpoint-url', 'http://localhost:4566', 's3', 'ls'], { AWS_PROFILE: 'prod' }).name,
    'localhost',
  );
  const parsed = parseAws(['--region', 'eu-west-1', 's3', 'ls']).args;
  assert.deepEqual(awsDetails(parsed, exampleContext({ argv: ['aws'], env: { AWS_ENDPOINT_URL: 'http://ls:4566' } })), [
    'region: eu-west-1',
    'endpoint: http://ls:4566',
  ]);
});
