import { definePack } from '../src/core/rule.js';
import { analyseRm } from '../src/core/tools/rm/analyse-rm.js';
import { DEFAULT_PROTECTED_PATHS, staticDirectoryOf } from '../src/core/tools/rm/protected-paths.js';
import { localEnvironment } from '../src/core/environment.js';
import { currentDirectory } from './rm/current-directory.js';
import { gitRepository } from './rm/git-repository.js';
import { homeDirectory } from './rm/home-directory.js';
import { outsideProject } from './rm/outside-project.js';
import { protectedPath } from './rm/protected-path.js';
import { systemDirectory } from './rm/system-directory.js';

// GNU rm and unlink (coreutils). Each operand is judged once, by the most specific rule: protected data,
// system directory, HOME, current directory, git repository, outside the project.
export const rmPack = definePack({
  tool: 'rm',
  commands: ['rm', 'unlink'],
  prefilter: {
    // Recursive spellings (-r -R bundles, --r… prefixes), any absolute/~/.. operand or a cwd inside
    // configured protected paths, names of database files, and data-directory markers (PG_VERSION,
    // ibdata1) at or above the cwd or along a relative operand (`rm pgdata/base/1/1259` from above it).
    // Working in (or above) a default data directory: relative operands there are data.
    cwdPaths: DEFAULT_PROTECTED_PATHS.map(staticDirectoryOf),
    shortFlagChars: 'rR',
    prefixes: ['--r'],
    pathOperands: true,
    suffixes: [
      '.sqlite',
      '.sqlite3',
      '.db',
      '-wal',
      '-journal',
      '.rdb',
      '.aof',
      'appendonlydir',
      'PG_VERSION',
      'ibdata1',
    ],
    markerFiles: ['PG_VERSION', 'ibdata1'],
  },
  parse: (args, ctx, command) => analyseRm(args, ctx, command),
  environment: (_parsed, ctx) => localEnvironment(ctx),
  rules: [protectedPath, systemDirectory, homeDirectory, currentDirectory, gitRepository, outsideProject],
});
