import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in helmfile/helmfile cmd/ at ecf604d: `destroy` (v1 has no `delete`; kept for v0.x).
export default (): CatalogueTool => ({
  tool: 'helmfile',
  commands: ['helmfile'],
  docs: 'https://helmfile.readthedocs.io/en/latest/#cli-reference',
  valueFlags: [
    '--file',
    '-f',
    '--selector',
    '-l',
    '--namespace',
    '-n',
    '--state-values-set',
    '--state-values-file',
    '--helm-binary',
    '-b',
  ],
  environment: { flag: ['--environment', '-e'], envVar: 'HELMFILE_ENVIRONMENT', kind: 'other' },
  operations: [
    {
      id: 'helmfile/destroy',
      summary: 'helmfile destroy / delete: uninstall every release of the helmfile (and purge their history)',
      message: 'Uninstalls every release selected in helmfile environment {{environment}} ({{resource}}).',
      rationale:
        'destroy runs `helm uninstall` for each release: their Deployments, Services and PersistentVolumeClaims (with Delete reclaim policy, the data) go; nothing asks.',
      safer: 'Run `helmfile diff` and `helmfile list` first, and narrow with `--selector name=RELEASE`.',
      undo: 'releases come back with `helmfile apply`; data in volumes deleted with their claims does not',
      when: { args: [['destroy', 'delete']], unlessFlags: ['--help', '-h'] },
      resource: { flag: ['--selector', '-l'], default: 'every release in the helmfile' },
      examples: {
        destructive: [
          { argv: ['helmfile', 'destroy'], resource: 'every release in the helmfile', environment: 'unknown' },
          {
            argv: ['helmfile', '-e', 'production', 'destroy'],
            resource: 'every release in the helmfile',
            environment: 'production',
          },
          {
            argv: ['helmfile', '--environment', 'staging', '-l', 'name=redis', 'delete', '--purge'],
            resource: 'name=redis',
            environment: 'staging',
          },
        ],
        benign: [
          { argv: ['helmfile', 'diff'] },
          { argv: ['helmfile', '-e', 'production', 'apply'] },
          { argv: ['helmfile', 'destroy', '--help'] },
        ],
      },
    },
  ],
});
