import type { CatalogueTool } from '../../src/core/catalogue/operation-spec.js';
import { onThisMachine } from './local-machine.js';

// Checked against cryptsetup-erase(8) (erase = luksErase, no passphrase needed) and cryptsetup-luksKillSlot(8)
// (`luksKillSlot <device> <number>`; -q removes the last slot without asking), manpages.ubuntu.com noble, man7.org:
// nothing wrong found; luksFormat and luksRemoveKey kept from cryptsetup(8) unverified here.
export default (): CatalogueTool => ({
  tool: 'cryptsetup',
  commands: ['cryptsetup'],
  docs: 'https://man7.org/linux/man-pages/man8/cryptsetup-luksErase.8.html',
  environmentOf: onThisMachine,
  valueFlags: [
    '--key-file',
    '-d',
    '--key-slot',
    '-S',
    '--type',
    '-M',
    '--cipher',
    '-c',
    '--header',
    '--key-size',
    '-s',
  ],
  operations: [
    {
      id: 'cryptsetup/erase-keys',
      summary:
        'cryptsetup luksErase / erase / luksKillSlot / luksFormat / luksRemoveKey: destroy the keys of an encrypted volume',
      message:
        'Destroys key material of the encrypted device {{resource}} on {{environment}}; without a key the data is unreadable forever.',
      rationale:
        'luksErase wipes every key slot and luksFormat writes a new header: the data is then cryptographically gone.',
      safer: 'Back the header up first: `cryptsetup luksHeaderBackup DEVICE --header-backup-file FILE`.',
      undo: 'only a header backup (luksHeaderRestore) brings the keys back; otherwise no undo',
      when: { args: [['luksErase', 'erase', 'luksKillSlot', 'luksFormat', 'luksRemoveKey'], '*'] },
      resource: { positional: 1 },
      examples: {
        destructive: [
          { argv: ['cryptsetup', 'luksErase', '/dev/sdb1'], resource: '/dev/sdb1', environment: 'local' },
          { argv: ['cryptsetup', 'erase', '-q', '/dev/sdb1'], resource: '/dev/sdb1', environment: 'local' },
          { argv: ['cryptsetup', 'luksKillSlot', '/dev/sda2', '0'], resource: '/dev/sda2', environment: 'local' },
        ],
        benign: [
          { argv: ['cryptsetup', 'status', 'cryptroot'] },
          { argv: ['cryptsetup', 'luksDump', '/dev/sdb1'] },
          { argv: ['cryptsetup', 'luksHeaderBackup', '/dev/sdb1', '--header-backup-file', 'h.img'] },
        ],
      },
    },
  ],
});
