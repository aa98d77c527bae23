import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in canonical/multipass src/client/cli/cmd at 9b0af2e: `delete` (with --purge) and `purge`.
export default (): CatalogueTool => ({
  tool: 'multipass',
  commands: ['multipass'],
  docs: 'https://documentation.ubuntu.com/multipass/en/latest/reference/command-line-interface/delete/',
  operations: [
    {
      id: 'multipass/delete',
      summary: 'multipass delete (--purge) / purge: delete instances (purge: for good)',
      message: 'Deletes the Multipass instance {{resource}} on this machine.',
      rationale: 'delete --purge and purge remove the instance and its disk for good.',
      safer: 'Stop it instead, or snapshot it (`multipass snapshot NAME`).',
      undo: 'without --purge, `multipass recover NAME` brings it back; after purge no undo',
      when: {
        args: [['delete', 'purge']],
      },
      resource: {
        positional: 1,
        default: 'every deleted instance',
      },
      examples: {
        destructive: [
          {
            argv: ['multipass', 'delete', '--purge', 'db01'],
            resource: 'db01',
            environment: 'unknown',
          },
          {
            argv: ['multipass', 'purge'],
            resource: 'every deleted instance',
            environment: 'unknown',
          },
          {
            argv: ['multipass', 'delete', '--all', '--purge'],
            resource: 'every deleted instance',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['multipass', 'list'],
          },
          {
            argv: ['multipass', 'stop', 'db01'],
          },
          {
            argv: ['multipass', 'recover', 'db01'],
          },
        ],
      },
    },
  ],
});
