// Following files stays linear in their size and bounded in depth (issue 16): CPU time at n and 4n,
// never wall-clock targets (those live in bench/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexPacks } from '../../src/core/classify.js';
import { exampleContext } from '../../src/core/example-context.js';
import { analyseLine } from '../../src/core/shell/analyse-line.js';
import { builtinPacks } from '../../rules/index.js';
import { isNearLinear, timeOf } from '../helpers/growth.js';

const index = indexPacks(builtinPacks);
const P = '/home/user/project';

function judge(line: string, files: Record<string, string>): () => number {
  return () => analyseLine(line, exampleContext({ argv: [], files }), index).length;
}

function grows(label: string, make: (n: number) => () => number, n: number): void {
  make(n)(); // warm up
  const small = timeOf(make(n));
  const large = timeOf(make(4 * n));
  assert.ok(
    isNearLinear({ label, small, large, ratio: large / Math.max(small, 0.01) }),
    `${label}: ${small.toFixed(1)} ms at n=${n}, ${large.toFixed(1)} ms at 4n`,
  );
}

test('a script of n lines is followed in time linear in n', () => {
  const script = (n: number): string =>
    Array.from({ length: n }, (_, k) =>
      k % 3 === 0 ? `if [ -f x${k} ]; then\n  rm -f build/x${k}\nfi` : `echo step ${k} && mkdir -p out/${k}`,
    ).join('\n');
  grows('script', (n) => judge('bash build.sh', { [`${P}/build.sh`]: script(n) }), 300);
});

test('a Makefile with a prerequisite chain of n targets is followed in time linear in n', () => {
  const makefile = (n: number): string =>
    Array.from(
      { length: n },
      (_, k) => `t${k}: ${k + 1 < n ? `t${k + 1}` : ''}\n\techo building ${k} > out/${k}.txt\n`,
    ).join('\n');
  grows('makefile', (n) => judge('make t0', { [`${P}/Makefile`]: makefile(n) }), 300);
});

test('package.json scripts calling each other are followed in bounded depth, and a long chain costs no more than a short one', () => {
  const pkg = (n: number): string =>
    JSON.stringify({
      scripts: Object.fromEntries(
        Array.from({ length: n }, (_, k) => [`s${k}`, k + 1 < n ? `npm run s${k + 1}` : 'rm -rf /srv/data']),
      ),
    });
  const found = analyseLine(
    'npm run s0',
    exampleContext({ argv: [], files: { [`${P}/package.json`]: pkg(40) } }),
    index,
  ).map((f) => f.rule);
  assert.ok(found.length > 0 && found.every((r) => r === 'shell/nesting-too-deep'), found.join(', '));
  const short = timeOf(judge('npm run s0', { [`${P}/package.json`]: pkg(20) }));
  const long = timeOf(judge('npm run s0', { [`${P}/package.json`]: pkg(80) }));
  assert.ok(long <= 3 * short + 25, `${short.toFixed(1)} ms for 20 scripts, ${long.toFixed(1)} ms for 80`);
});

test('scripts that run each other are bounded in depth: a chain of 40 ends in a finding', () => {
  const files = Object.fromEntries(
    Array.from({ length: 40 }, (_, k) => [`${P}/s${k}.sh`, k + 1 < 40 ? `bash s${k + 1}.sh\n` : 'rm -rf /srv/data\n']),
  );
  const found = analyseLine('bash s0.sh', exampleContext({ argv: [], files }), index).map((f) => f.rule);
  assert.ok(found.length > 0 && found.every((r) => r === 'shell/nesting-too-deep'), found.join(', '));
});
