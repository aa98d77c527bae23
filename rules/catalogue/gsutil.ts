import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in GoogleCloudPlatform/gsutil at cdd4555e: gslib/commands/rm.py (aliases del, delete, remove; -I reads the
// URLs from stdin), rb.py (aliases deletebucket, removebucket, removebuckets, rmdir), rsync.py (-a, -x, -y, -j take a
// value), gslib/utils/arg_helper.py (global -o, -h, -i, -u take a value).
export default (): CatalogueTool => ({
  tool: 'gsutil',
  commands: ['gsutil'],
  docs: 'https://cloud.google.com/storage/docs/gsutil/commands/rm',
  valueFlags: ['-o', '-h', '-i', '-u'],
  environment: {
    envVar: ['CLOUDSDK_CORE_PROJECT', 'GOOGLE_CLOUD_PROJECT'],
    kind: 'gcloud-project',
  },
  operations: [
    {
      id: 'gsutil/rm-stdin',
      summary: 'gsutil rm -I: delete every object whose URL arrives on standard input',
      message: 'Deletes the Cloud Storage objects listed on standard input ({{environment}}).',
      rationale:
        'rm -I takes its URLs (and wildcards) from a pipe; guard cannot see which objects the program upstream names.',
      safer: 'Write the list to a file, read it, then delete the named URLs on the command line.',
      undo: "objects come back only with Object Versioning or the bucket's soft-delete window; otherwise no undo",
      when: {
        args: [['rm', 'del', 'delete', 'remove']],
        flags: [['-I']],
      },
      resource: {
        value: 'the objects listed on standard input',
      },
      examples: {
        destructive: [
          {
            argv: ['gsutil', '-m', 'rm', '-I'],
            resource: 'the objects listed on standard input',
            environment: 'unknown',
          },
          {
            argv: ['gsutil', 'delete', '-I'],
            resource: 'the objects listed on standard input',
            environment: 'unknown',
            note: "rm's alias delete",
          },
          {
            argv: ['gsutil', 'remove', '-f', '-I'],
            resource: 'the objects listed on standard input',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
        ],
        benign: [
          {
            argv: ['gsutil', 'ls', '-l', 'gs://acme-assets'],
          },
          {
            argv: ['gsutil', 'cp', '-I', 'gs://acme-assets/'],
          },
          {
            argv: ['gsutil', 'cat', 'gs://acme-assets/report.csv'],
          },
        ],
      },
    },
    {
      id: 'gsutil/rm',
      summary: 'gsutil rm (-r / ** wildcards) and rb: delete objects or a bucket',
      message: 'Deletes {{resource}} from Cloud Storage ({{environment}}).',
      rationale: 'gsutil never asks; -r and ** remove every object under the prefix, -m does it in parallel.',
      safer: 'List first (`gsutil ls -r URL | head`), and keep Object Versioning or soft delete on the bucket.',
      undo: "objects come back only with Object Versioning or the bucket's soft-delete window (7 days by default); otherwise no undo",
      when: {
        args: [['rm', 'del', 'delete', 'remove', 'rb', 'deletebucket', 'removebucket', 'removebuckets', 'rmdir'], '*'],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['gsutil', '-m', 'rm', '-r', 'gs://acme-tf-state'],
            resource: 'gs://acme-tf-state',
            environment: 'unknown',
          },
          {
            argv: ['gsutil', '-m', 'rm', '-a', 'gs://acme-logs/**'],
            resource: 'gs://acme-logs/**',
            environment: 'unknown',
            note: "rm's -a (all versions) is a switch; rsync's -a takes a value",
          },
          {
            argv: ['gsutil', 'rmdir', 'gs://acme-old'],
            resource: 'gs://acme-old',
            environment: 'unknown',
            note: "rb's alias rmdir",
          },
          {
            argv: ['gsutil', 'rb', 'gs://acme-backups'],
            resource: 'gs://acme-backups',
            environment: 'acme-prod',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme-prod',
            },
          },
          {
            argv: ['gsutil', 'rm', 'gs://acme-assets/**'],
            resource: 'gs://acme-assets/**',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['gsutil', 'ls', 'gs://acme-tf-state'],
          },
          {
            argv: ['gsutil', 'cp', 'report.csv', 'gs://acme-assets/'],
          },
          {
            argv: ['gsutil', 'mb', 'gs://acme-new'],
          },
        ],
      },
    },
    {
      id: 'gsutil/rsync-delete',
      summary: 'gsutil rsync -d: delete destination objects the source lacks',
      message: 'Deletes every object in {{resource}} ({{environment}}) that the source does not have.',
      rationale: 'A wrong or empty source turns rsync -d into a recursive delete of the destination.',
      safer: 'Run with -n (dry run) first and read the "Would remove" lines.',
      undo: 'only Object Versioning or soft delete brings objects back',
      valueFlags: ['-a', '-x', '-y', '-j'],
      when: {
        args: ['rsync', '*', '*'],
        flags: [['-d']],
        unlessFlags: ['-n'],
      },
      resource: {
        positional: 2,
      },
      examples: {
        destructive: [
          {
            argv: ['gsutil', 'rsync', '-d', '-r', './dist', 'gs://acme-site'],
            resource: 'gs://acme-site',
            environment: 'unknown',
          },
          {
            argv: ['gsutil', '-m', 'rsync', '-r', '-d', 'gs://a', 'gs://b'],
            resource: 'gs://b',
            environment: 'unknown',
          },
          {
            argv: ['gsutil', 'rsync', '-d', '-x', '.*\\.tmp$', './public', 'gs://www-static'],
            resource: 'gs://www-static',
            environment: 'unknown',
            note: '-x takes a value',
          },
          {
            argv: ['gsutil', 'rsync', '-d', './public', 'gs://www'],
            resource: 'gs://www',
            environment: 'acme',
            env: {
              CLOUDSDK_CORE_PROJECT: 'acme',
            },
          },
        ],
        benign: [
          {
            argv: ['gsutil', 'rsync', '-r', './dist', 'gs://acme-site'],
          },
          {
            argv: ['gsutil', 'rsync', '-n', '-d', '-r', './dist', 'gs://acme-site'],
          },
          {
            argv: ['gsutil', 'ls', 'gs://acme-site'],
          },
        ],
      },
    },
  ],
});
