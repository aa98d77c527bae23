import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';

// Checked (search: RHEL virtualization guide "virsh undefine", libvirt virsh.rst): undefine with --storage,
// --remove-all-storage, --wipe-storage, --nvram; vol-delete, vol-wipe, pool-delete.
export default (): CatalogueTool => ({
  tool: 'virsh',
  commands: ['virsh'],
  docs: 'https://libvirt.org/manpages/virsh.html',
  environment: {
    flag: ['--connect', '-c'],
    envVar: ['LIBVIRT_DEFAULT_URI', 'VIRSH_DEFAULT_CONNECT_URI'],
    kind: 'other',
  },
  operations: [
    {
      id: 'virsh/undefine',
      summary:
        'virsh undefine (--remove-all-storage / --wipe-storage): delete a VM definition, optionally with its disks',
      message: 'Deletes the VM {{resource}} on {{environment}}; with --remove-all-storage its disk images go too.',
      rationale: 'undefine forgets the domain; the storage flags delete (or wipe) every disk volume it used.',
      safer: 'Dump the XML first (`virsh dumpxml NAME > vm.xml`) and keep the disks.',
      undo: 'without the storage flags the VM comes back with `virsh define vm.xml`; deleted disks have no undo',
      when: {
        args: ['undefine', '*'],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['virsh', 'undefine', 'db01', '--remove-all-storage'],
            resource: 'db01',
            environment: 'unknown',
          },
          {
            argv: ['virsh', '-c', 'qemu+ssh://root@kvm1/system', 'undefine', 'web01', '--nvram'],
            resource: 'web01',
            environment: 'qemu+ssh://root@kvm1/system',
          },
          {
            argv: ['virsh', 'undefine', '--domain', 'app', '--wipe-storage'],
            resource: 'app',
            environment: 'unknown',
          },
        ],
        benign: [
          {
            argv: ['virsh', 'list', '--all'],
          },
          {
            argv: ['virsh', 'shutdown', 'db01'],
          },
          {
            argv: ['virsh', 'dumpxml', 'db01'],
          },
        ],
      },
    },
    {
      id: 'virsh/storage-delete',
      summary:
        "virsh vol-delete / vol-wipe / pool-delete / snapshot-delete: delete a disk volume, a pool's storage or a snapshot",
      message: 'Deletes {{resource}} on {{environment}}.',
      rationale: "vol-delete removes the disk image; pool-delete removes the pool's directory or device contents.",
      safer: 'Copy the volume first (`virsh vol-download`).',
      undo: 'no undo',
      when: {
        args: [['vol-delete', 'vol-wipe', 'pool-delete', 'snapshot-delete'], '*'],
      },
      resource: {
        positional: 1,
      },
      examples: {
        destructive: [
          {
            argv: ['virsh', 'vol-delete', 'db01.qcow2', '--pool', 'default'],
            resource: 'db01.qcow2',
            environment: 'unknown',
          },
          {
            argv: ['virsh', 'pool-delete', 'images'],
            resource: 'images',
            environment: 'unknown',
          },
          {
            argv: ['virsh', '-c', 'qemu:///system', 'vol-wipe', '/var/lib/libvirt/images/x.img'],
            resource: '/var/lib/libvirt/images/x.img',
            environment: 'qemu:///system',
          },
        ],
        benign: [
          {
            argv: ['virsh', 'vol-list', 'default'],
          },
          {
            argv: ['virsh', 'pool-list'],
          },
          {
            argv: ['virsh', 'snapshot-list', 'db01'],
          },
        ],
      },
    },
  ],
});
