import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

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
      summary: 'vagrant box remove / box prune: delete downloaded boxes',
      message: 'Deletes the Vagrant box {{resource}} on this machine.',
      rationale: 'Machines that still use the box cannot be rebuilt offline.',
      safer: 'List first with `vagrant box list`.',
      undo: 'download it again with `vagrant box add`',
      when: {
        args: ['box', ['remove', 'prune']],
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
        ],
      },
    },
  ],
});
