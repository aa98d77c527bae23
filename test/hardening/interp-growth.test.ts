// Time bound on long interpreter code (issue 16): reading aliases, literals, HTTP, SDK and SQL
// calls must stay near-linear in the code's length. CPU time at n and 4n characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexPacks } from '../../src/core/classify.js';
import { exampleContext } from '../../src/core/example-context.js';
import { analyseLine } from '../../src/core/shell/analyse-line.js';
import { scanCode, type Language } from '../../src/core/unwrap/interpreter-code.js';
import { builtinPacks } from '../../rules/index.js';
import { isNearLinear, measureGrowth, timeOf, type Growth } from '../helpers/growth.js';

const index = indexPacks(builtinPacks);
const ctx = exampleContext({ argv: [] });
const N = 8 * 1024;

const COMMAND: Record<Language, string> = {
  python: 'python3 -c',
  node: 'node -e',
  ruby: 'ruby -e',
  perl: 'perl -e',
  php: 'php -r',
};

/** Realistic blocks (every feature at once) and crafted units that drive one scanner each. */
const UNITS: Record<Language, string[]> = {
  python: [
    'import shutil as s\nfrom os import remove as r\np = "build/x"\ns.rmtree(p)\nprint("os.system(\'ls\')")\nrequests.get("https://api.github.com/x")\n',
    'os.system(',
    'shutil.rmtree("',
    'import os as o\n',
    'from os import (a as b, ',
    'x = "a"\n',
    'getattr(os, ',
    '__import__(',
    'Path("a").unlink()',
    '.objects.all().delete()',
    'cursor.execute("',
    'requests.delete("https://api.github.com/a")',
    '"https://backboard.railway.app/graphql/v2"',
    '"mutation {"',
    'f(x); ',
    '"',
    "'''",
    '#',
  ],
  node: [
    'const f = require("fs"); const {rmSync: r} = require("fs"); f.rmSync("dist/a", {recursive: true}); r("dist"); fetch("https://example.com/a");\n',
    'rmSync(',
    'require("fs")[',
    'const {a: b} = require("fs");',
    'import {a as b} from "fs";',
    '`${',
    '.deleteMany({})',
    'execSync(',
    'fs[x]',
    '"',
    '`',
  ],
  ruby: [
    'FileUtils.rm_rf("tmp/a"); Order.where(id: 1).count\n',
    'system ',
    '%q(',
    '%q((',
    'Net::HTTP.new("a")',
    '.delete_all',
    '`',
    '#{',
    'A.b.',
    '"',
  ],
  perl: ['system("ls"); unlink "a.tmp";\n', 'system ', 'qx{', '`', 'unlink ', '"$a', '\\&unlink'],
  php: [
    'exec("ls"); echo json_encode([1]);\n',
    'exec(',
    'array_map("unlink", ',
    '->truncate()',
    'DB::table("a")->delete()',
    '`',
    '"$a',
  ],
};

function line(language: Language, code: string): string {
  return `${COMMAND[language]} '${code.replace(/'/g, `'\\''`)}'`;
}

test('interpreter code: analysis grows near-linearly with the length of the code', () => {
  const slow: Growth[] = [];
  for (const [language, units] of Object.entries(UNITS) as [Language, string[]][]) {
    for (const unit of units) {
      const make = (n: number): (() => unknown) => {
        const code = unit.repeat(Math.ceil(n / unit.length));
        const text = line(language, code);
        return () => analyseLine(text, ctx, index);
      };
      const g = measureGrowth(`${language}: ${JSON.stringify(unit).slice(0, 40)}`, make, N, 4);
      if (g) slow.push(g);
    }
  }
  const bad = slow.filter((g) => !isNearLinear(g));
  assert.deepEqual(
    bad.map(
      (g) =>
        `${g.label}: ${g.small.toFixed(1)} ms at ${N}, ${g.large.toFixed(1)} ms at ${4 * N} (×${g.ratio.toFixed(1)})`,
    ),
    [],
  );
});

test('interpreter code: the scanner alone is linear on a long realistic program (n vs 4n)', () => {
  const block = UNITS.python[0] as string;
  const small = block.repeat(200);
  const large = block.repeat(800);
  const a = timeOf(() => scanCode(small, 'python'));
  const b = timeOf(() => scanCode(large, 'python'));
  assert.ok(b <= 10 * a + 25, `${a.toFixed(1)} ms for 200 blocks, ${b.toFixed(1)} ms for 800`);
});
