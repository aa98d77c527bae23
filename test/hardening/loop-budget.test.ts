// Loop bodies are walked once per value, within a budget per line: nested loops cannot multiply the
// work without bound, and a body past the budget is still judged (its variable unknown).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuUsage } from 'node:process';
import { exampleContext } from '../../src/core/example-context.js';
import { indexPacks } from '../../src/core/classify.js';
import { analyseLine } from '../../src/core/shell/analyse-line.js';
import { builtinPacks } from '../../rules/index.js';

const index = indexPacks(builtinPacks);

function nested(depth: number, values: number): string {
  const list = Array.from({ length: values }, (_, k) => `v${k}`).join(' ');
  let line = 'rm -rf "/srv/data/$x0"';
  for (let d = depth - 1; d >= 0; d--) line = `for x${d} in ${list}; do echo "$x${d}"; ${line}; done`;
  return line;
}

function cpuMs(run: () => void): number {
  const start = cpuUsage();
  run();
  const used = cpuUsage(start);
  return (used.user + used.system) / 1000;
}

test('six nested loops of 20 values (64 million bodies unbounded) are judged within the budget and still found', () => {
  const findings = analyseLine(nested(6, 20), exampleContext({ argv: [] }), index);
  assert.ok(
    findings.some((f) => f.rule.startsWith('rm/') && f.resource.startsWith('/srv/data')),
    findings.map((f) => f.rule).join(', '),
  );
});

test('one loop over n values grows linearly: 4n values cost well under 16x n', () => {
  const line = (n: number): string =>
    `for f in ${Array.from({ length: n }, (_, k) => `build${k}`).join(' ')}; do rm -rf "$f"; done`;
  const ctx = exampleContext({ argv: [] });
  analyseLine(line(50), ctx, index);
  const small = Math.max(
    cpuMs(() => analyseLine(line(2000), ctx, index)),
    1,
  );
  const large = cpuMs(() => analyseLine(line(8000), ctx, index));
  assert.ok(large / small < 16, `2000 values: ${small} ms, 8000: ${large} ms`);
});
