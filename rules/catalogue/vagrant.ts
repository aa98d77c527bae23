import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked in hashicorp/vagrant plugins/commands/: destroy/command.rb (-f/--force), box/command/{remove,prune}.rb
// (prune -n/--dry-run only prints: now benign; -p/--provider and --name take a value), snapshot/command/
// {delete,restore,pop}.rb (added: restore and pop discard the machine's state since the snapshot).
export default (): CatalogueTool => ({
  tool: 'vagrant',
  commands: ['vagrant'],
  docs: 'https://developer.hashicorp.com/vagrant/docs/cli/destroy',
  operations: [
    {
      id: 'vagrant/destroy',
      summary: 'vagrant destroy: delete the machine(s) of the Vagrantfile and their disks',
      message: 'Deletes the Vagrant machine {{resource}} on this machine.',
      rationale: 'destroy deletes the VM and its disks; -f skips the prompt.',
      safer: 'Halt instead (`vagrant halt`), or snapshot (`vagrant snapshot save NAME`).',
      undo: 'no undo: `vagrant up` builds a fresh machine',
      when: {
        args: ['destroy'],
      },
      resource: {
        positional: 1,
        default: 'every machine in the Vagrantfile',
      },
      examples: {
        destructive: [
          {
            argv: ['vagrant', 'destroy', '-f'],
            resource: 'every machine in the Vagrantfile',
            environment: 'unknown',
          },
          {
            argv: ['vagrant', 'destroy', 'db'],
            resource: 'db',
            environment: 'unknown',
          },
          {
            argv: ['vagrant', 'destroy', '--force', 'web'],
            resource: 'web',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['vagrant', 'up'],
          },
          {
            argv: ['vagrant', 'halt'],
          },
          {
            argv: ['vagrant', 'snapshot', 'save', 'before'],
          },
        ],
      },
    },
    {
      id: 'vagrant/box-remove',
      valueFlags: ['-p', '--provider', '--name', '--box-version', '--architecture'],
      summary: 'vagrant box remove / box prune: delete downloaded boxes',
      message: 'Deletes the Vagrant box {{resource}} on this machine.',
      rationale: 'Machines that still use the box cannot be rebuilt offline.',
      safer: 'List first with `vagrant box list`.',
      undo: 'download it again with `vagrant box add`',
      when: {
        args: ['box', ['remove', 'prune']],
        unlessFlags: ['-n', '--dry-run'],
      },
      resource: {
        positional: 2,
        default: 'every outdated box',
      },
      examples: {
        destructive: [
          {
            argv: ['vagrant', 'box', 'remove', 'ubuntu/jammy64'],
            resource: 'ubuntu/jammy64',
            environment: 'unknown',
          },
          {
            argv: ['vagrant', 'box', 'prune'],
            resource: 'every outdated box',
            environment: 'unknown',
          },
          {
            argv: ['vagrant', 'box', 'remove', '--all', 'debian/bookworm64'],
            resource: 'debian/bookworm64',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['vagrant', 'box', 'list'],
          },
          {
            argv: ['vagrant', 'box', 'add', 'ubuntu/jammy64'],
          },
          {
            argv: ['vagrant', 'box', 'outdated'],
          },
          {
            argv: ['vagrant', 'box', 'prune', '--dry-run'],
          },
        ],
      },
    },
    {
      id: 'vagrant/snapshot',
      summary: 'vagrant snapshot delete / restore / pop: delete a snapshot, or roll the machine back to one',
      message:
        "Vagrant would delete or roll back to the snapshot ({{resource}}); the machine's changes since that snapshot, or the snapshot itself, are lost.",
      rationale:
        'restore and pop throw away everything written to the machine since the snapshot; delete removes the only way back.',
      safer: 'Save a fresh snapshot first (`vagrant snapshot save before-restore`).',
      undo: 'none unless another snapshot was saved first',
      when: {
        args: ['snapshot', ['delete', 'restore', 'pop']],
      },
      resource: {
        positional: -1,
      },
      examples: {
        destructive: [
          {
            argv: ['vagrant', 'snapshot', 'restore', 'web', 'clean-install'],
            resource: 'clean-install',
            environment: 'unknown',
          },
          {
            argv: ['vagrant', 'snapshot', 'delete', 'before-upgrade'],
            resource: 'before-upgrade',
            environment: 'unknown',
          },
          {
            argv: ['vagrant', 'snapshot', 'pop'],
            resource: 'pop',
            environment: 'unknown',
            note: 'pop restores the last pushed snapshot and deletes it',
          },
        ],
        benign: [
          {
            argv: ['vagrant', 'snapshot', 'list'],
          },
          {
            argv: ['vagrant', 'snapshot', 'save', 'before-upgrade'],
          },
          {
            argv: ['vagrant', 'snapshot', 'push'],
          },
        ],
      },
    },
  ],
});
