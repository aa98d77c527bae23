// Interpreter code that empties or replaces a data file in place (the shell's `: > app.db` in another
// language): judged like the shell's own overwrite, by what the file holds; writing other files passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexPacks } from '../../../src/core/classify.js';
import { builtinPacks } from '../../../rules/index.js';
import { judge } from '../../helpers/shell-world.js';

const index = indexPacks(builtinPacks);
const P = '/home/user/project';
const files = {
  [`${P}/storage/app.db`]: 'SQLite format 3\u0000rows',
  [`${P}/dump.sql`]: 'INSERT INTO t VALUES (1);',
  [`${P}/out.json`]: '{}',
  [`${P}/logs/app.log`]: 'line\n',
};
const HIT = (path: string): string[] => [`shell/overwrite-data ${P}/${path}@local`];

const cases: [string, string[]][] = [
  [`python3 -c "open('storage/app.db', 'w').close()"`, HIT('storage/app.db')],
  [`python3 -c "open('storage/app.db', mode='wb').write(b'')"`, HIT('storage/app.db')],
  [`python3 -c "import pathlib; pathlib.Path('dump.sql').write_text('')"`, HIT('dump.sql')],
  [`python3 -c "import shutil; shutil.copyfile('/dev/null', 'storage/app.db')"`, HIT('storage/app.db')],
  [`node -e "require('fs').writeFileSync('storage/app.db', '')"`, HIT('storage/app.db')],
  [`node -e "const fs = require('fs'); fs.truncateSync('dump.sql', 0)"`, HIT('dump.sql')],
  [`node -e "require('fs').copyFileSync('/tmp/empty', 'storage/app.db')"`, HIT('storage/app.db')],
  [`ruby -e "File.write('storage/app.db', '')"`, HIT('storage/app.db')],
  [`ruby -e "File.open('dump.sql', 'w') { |f| f.puts '' }"`, HIT('dump.sql')],
  [`perl -e "open(my \\$fh, '>', 'storage/app.db'); close \\$fh"`, HIT('storage/app.db')],
  [`perl -e 'open(FH, ">dump.sql"); close FH'`, HIT('dump.sql')],
  [`php -r "file_put_contents('storage/app.db', '');"`, HIT('storage/app.db')],
  [`php -r "fopen('dump.sql', 'w');"`, HIT('dump.sql')],
  // benign: reading, appending, other files, logs, new files
  [`python3 -c "print(open('storage/app.db', 'rb').read(16))"`, []],
  [`python3 -c "open('storage/app.db', 'a').write('x')"`, []],
  [`python3 -c "open('out.json', 'w').write('{}')"`, []],
  [`python3 -c "open('logs/app.log', 'w').close()"`, []],
  [`python3 -c "open('new.db', 'w').close()"`, []],
  [`node -e "require('fs').writeFileSync('out.json', JSON.stringify({a: 1}))"`, []],
  [`node -e "require('fs').writeFileSync('dump.sql', 'x', {flag: 'a'})"`, []],
  [`node -e "require('fs').copyFileSync('storage/app.db', '/tmp/backup.db')"`, []],
  [`perl -e 'open(FH, ">>dump.sql"); close FH'`, []],
  [`php -r "file_put_contents('dump.sql', 'x', FILE_APPEND);"`, []],
];

for (const [line, expected] of cases) {
  test(`interpreter overwrite: ${line}`, () => {
    assert.deepEqual(judge(line, { files }, index), expected);
  });
}
