// `gcloud alpha|beta|preview …` is the same command as without the track, in the hand-written pack
// and in the catalogue; both read the project through one evidence chain (src/core/tools/gcloud/gcloud-parse.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinPacks } from '../../../../rules/index.js';
import { classifyArgv, indexPacks } from '../../../../src/core/classify.js';
import { exampleContext } from '../../../../src/core/example-context.js';

const index = indexPacks(builtinPacks);
const PROD_CONFIG = {
  '/home/user/.config/gcloud/active_config': 'prod\n',
  '/home/user/.config/gcloud/configurations/config_prod': '[core]\nproject = acme-prod\n',
};
const judge = (argv: string[], files: Record<string, string> = {}) => {
  const d = classifyArgv(argv, exampleContext({ argv, files }), index);
  return d.findings.map((f) => `${f.rule} ${f.resource} @ ${f.environment.name}`);
};

test('each release track is the same delete, in the catalogue and the hand-written pack', () => {
  for (const track of ['alpha', 'beta', 'preview']) {
    assert.deepEqual(judge(['gcloud', track, 'compute', 'disks', 'delete', 'pg-data', '--project', 'p1']), [
      'gcloud/compute-deletes pg-data @ p1',
    ]);
    assert.deepEqual(judge(['gcloud', track, 'sql', 'instances', 'delete', 'db', '--project', 'p1']), [
      'gcloud/sql-instances-delete db @ p1',
    ]);
  }
  assert.deepEqual(judge(['gcloud', 'beta', 'compute', 'disks', 'list']), []);
  assert.deepEqual(
    judge(['gcloud', 'compute', 'beta', 'disks', 'delete', 'x']),
    [],
    'a track is only a track in front',
  );
});

test('the catalogue reads the active gcloud configuration, as the hand-written pack does', () => {
  assert.deepEqual(judge(['gcloud', 'beta', 'storage', 'rm', '-r', 'gs://acme-backups'], PROD_CONFIG), [
    'gcloud/storage-rm gs://acme-backups @ acme-prod',
  ]);
  assert.deepEqual(judge(['gcloud', 'storage', 'rm', '-r', 'gs://acme-backups']), [
    'gcloud/storage-rm gs://acme-backups @ unknown',
  ]);
});
