// The core parts of scan, credential hygiene, audit shipping/anchoring and the log table have no effects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../src/core/', import.meta.url));
const FORBIDDEN = /from 'node:(fs|child_process|os|process|net|dgram|http)'|\bprocess\.|\bconsole\./;
const files = [
  ...['scan', 'credentials'].flatMap((dir) =>
    readdirSync(`${root}${dir}`)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${dir}/${f}`),
  ),
  'audit/anchor.ts',
  'audit/shipping.ts',
  'audit/log-table.ts',
  'environment-wording.ts',
  'shim/launcher-script.ts',
];

for (const file of files) {
  test(`src/core/${file} is pure`, () => {
    assert.equal(FORBIDDEN.exec(readFileSync(`${root}${file}`, 'utf8'))?.[0], undefined);
  });
}
