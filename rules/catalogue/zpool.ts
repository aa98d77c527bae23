import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

// Checked against zpool-destroy(8) and zpool-labelclear(8) (openzfs docs, Debian/FreeBSD man pages: `destroy [-f]
// pool`, `labelclear [-f] device`): nothing wrong found.
export default (): CatalogueTool => ({
  tool: 'zpool',
  commands: ['zpool'],
  docs: 'https://openzfs.github.io/openzfs-docs/man/master/8/zpool-destroy.8.html',
  environmentOf: onThisMachine,
  operations: [
    {
      id: 'zpool/destroy',
      summary: "zpool destroy / labelclear: destroy a pool or wipe a device's ZFS label",
      message: 'Destroys the ZFS pool or label {{resource}} on {{environment}}, with every dataset in it.',
      rationale: 'The pool and all its datasets go at once; labelclear makes a device unimportable.',
      safer: 'Export the pool instead (`zpool export NAME`); check `zpool status NAME` first.',
      undo: 'a destroyed pool can sometimes be re-imported with `zpool import -D` until its disks are reused; otherwise no undo',
      when: { args: [['destroy', 'labelclear'], '*'] },
      resource: { positional: 1 },
      examples: {
        destructive: [
          { argv: ['zpool', 'destroy', 'tank'], resource: 'tank', environment: 'local' },
          { argv: ['zpool', 'labelclear', '-f', '/dev/sdb'], resource: '/dev/sdb', environment: 'local' },
          { argv: ['zpool', 'destroy', '-f', 'backup'], resource: 'backup', environment: 'local' },
        ],
        benign: [
          { argv: ['zpool', 'status', 'tank'] },
          { argv: ['zpool', 'export', 'tank'] },
          { argv: ['zpool', 'import', '-D'] },
        ],
      },
    },
  ],
});
