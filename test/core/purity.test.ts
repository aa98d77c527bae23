// The pure core (src/core/**) and the rule packs (rules/**) perform no effects and keep no state
// between calls: no node:fs/child_process/os/process, no process.* or console.*, no module-level
// `let`/`var` or mutable Map. Memos that a batch needs live in the session's file view (derived()).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const EFFECTS =
  /from 'node:(fs|child_process|os|process|net|http|https)'|\bprocess\.(env|exit|argv|cwd|chdir|stdout|stderr|stdin|on|kill|pid|getuid)\b|\bconsole\.(log|error|warn|info|debug)\b/;
const MODULE_STATE = /^(export )?(let|var) |^(export )?const \w+ = new (Map|WeakMap)\b/m;

function sources(dir: string): string[] {
  return readdirSync(`${repo}${dir}`, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => `${e.parentPath.slice(repo.length)}/${e.name}`);
}

const files = [...sources('src/core'), ...sources('rules')];

test('the pure folders are all covered', () => {
  assert.ok(
    files.some((f) => f.startsWith('rules/')) && files.some((f) => f.startsWith('src/core/tools/')),
    files.join(' '),
  );
});

for (const file of files) {
  test(`${file} is pure`, () => {
    const source = readFileSync(`${repo}${file}`, 'utf8');
    assert.equal(EFFECTS.exec(source)?.[0], undefined, 'an effect');
    assert.equal(MODULE_STATE.exec(source)?.[0], undefined, 'module-level state');
  });
}
