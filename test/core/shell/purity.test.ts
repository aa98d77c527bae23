// The shell analysis, unwrapping and hook formats are part of the pure core: no effects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../src/core/', import.meta.url));
const FORBIDDEN = /from 'node:(fs|child_process|os|process)'|\bprocess\.|\bconsole\./;

for (const dir of ['shell', 'unwrap', 'hooks']) {
  for (const file of readdirSync(`${root}${dir}`).filter((f) => f.endsWith('.ts'))) {
    test(`src/core/${dir}/${file} is pure`, () => {
      const source = readFileSync(`${root}${dir}/${file}`, 'utf8');
      assert.equal(FORBIDDEN.exec(source)?.[0], undefined);
    });
  }
}
