// Signals sent to guard reach the real tool, and guard leaves the way the tool did.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUARD_BIN } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

let world: TempWorld;
before(() => {
  world = createTempWorld();
});
after(() => world.dispose());

function trappingTool(name: string): string {
  const log = join(world.records, `${name}.signals`);
  const ready = join(world.records, `${name}.ready`);
  rmSync(log, { force: true });
  rmSync(ready, { force: true });
  writeFileSync(
    join(world.bin, name),
    `#!/bin/sh\ntrap 'echo TERM >> ${log}; exit 42' TERM\ntrap 'echo HUP >> ${log}; exit 43' HUP\ntrap 'echo INT >> ${log}; exit 44' INT\ntouch ${ready}\nwhile :; do sleep 0.05; done\n`,
  );
  chmodSync(join(world.bin, name), 0o755);
  return ready;
}

async function until(path: string): Promise<void> {
  for (let i = 0; i < 800 && !existsSync(path); i++) await new Promise((r) => setTimeout(r, 25));
}

for (const [signal, code] of [
  ['SIGTERM', 42],
  ['SIGHUP', 43],
  ['SIGINT', 44],
] as const) {
  test(`${signal} to guard is forwarded to the tool, and the tool's exit code comes back`, async () => {
    const name = `railway`;
    const ready = trappingTool(name);
    const child = spawn(process.execPath, [GUARD_BIN, name, 'logs'], {
      env: world.env(),
      stdio: 'ignore',
      detached: true,
    });
    await until(ready);
    child.kill(signal);
    const exit = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    assert.equal(exit, code);
    assert.equal(
      readFileSync(join(world.records, `${name}.signals`), 'utf8')
        .trim()
        .split('\n')
        .pop(),
      signal.slice(3),
    );
  });
}
