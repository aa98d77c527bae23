import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Command names checked in firebase/firebase-tools src/commands/ at a786bda (there is no
// `storage:delete` nor `database:instances:delete`; `firestore:bulkdelete`, `firestore:backups:delete`,
// `apphosting:backends:delete` and `functions:secrets:destroy` exist).

export default (): CatalogueTool => ({
  tool: 'firebase',
  commands: ['firebase'],
  docs: 'https://firebase.google.com/docs/cli',
  valueFlags: ['--token', '--account', '--only', '--except', '--instance', '--database', '--config', '-c', '--region'],
  environment: {
    flag: ['--project', '-P'],
    envVar: 'GCLOUD_PROJECT',
    kind: 'gcloud-project',
  },
  operations: [
    {
      id: 'firebase/data-delete',
      summary:
        'firebase firestore:delete / database:remove / database:set / functions:delete / hosting:disable / …: delete data or a deployed service',
      message: 'Deletes Firebase data or a service at {{resource}} in project {{environment}}.',
      rationale:
        'firestore:delete --all-collections empties the database; database:remove / database:set overwrite a Realtime Database path; --force skips the prompt.',
      safer: 'Export first (`gcloud firestore export gs://BUCKET`), and work on an emulator or staging project.',
      undo: 'Firestore point-in-time recovery (if enabled) reaches back 7 days; otherwise no undo',
      when: {
        args: [
          [
            'firestore:delete',
            'firestore:bulkdelete',
            'firestore:backups:delete',
            'database:remove',
            'database:set',
            'functions:delete',
            'functions:secrets:destroy',
            'hosting:disable',
            'hosting:sites:delete',
            'apphosting:backends:delete',
            'remoteconfig:rollback',
            'firestore:databases:delete',
          ],
        ],
      },
      resource: {
        positional: 1,
        default: 'everything (no path given)',
      },
      examples: {
        destructive: [
          {
            argv: ['firebase', 'firestore:delete', '--all-collections', '--project', 'acme-prod'],
            resource: 'everything (no path given)',
            environment: 'acme-prod',
          },
          {
            argv: ['firebase', 'database:remove', '/', '--project', 'acme-prod'],
            resource: '/',
            environment: 'acme-prod',
          },
          {
            argv: ['firebase', 'functions:delete', 'api', '--force'],
            resource: 'api',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['firebase', 'deploy', '--only', 'hosting'],
          },
          {
            argv: ['firebase', 'firestore:indexes'],
          },
          {
            argv: ['firebase', 'database:get', '/', '--project', 'acme-prod'],
          },
        ],
      },
    },
  ],
});
