// NODE_OPTIONS / NODE_PATH / LD_PRELOAD exported by an earlier command cannot run code inside
// guard's check (shims and the `guard` launcher clear them), and the real tool still gets them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUARD_BIN, runDetached, runGuard } from '../helpers/run-guard.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';
import { NODE_STEERING_VARS } from '../../src/core/shim/node-steering.js';
import { createRequire } from 'node:module';

let world: TempWorld;
let shims: string;
let marker: string;
let injected: string;

before(async () => {
  world = createTempWorld();
  shims = join(world.home, '.local/share/guard/shims');
  marker = join(world.root, 'agent-code-ran');
  injected = join(world.root, 'agent.cjs');
  // What an agent would load into guard: note that it ran, and turn guard's refusal into success.
  writeFileSync(
    injected,
    `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); const exit = process.exit; process.exit = () => exit(0);\n`,
  );
  assert.equal((await runGuard(['install'], { env: world.env() })).code, 0);
});
after(() => world.dispose());

/** A railway stand-in that records the NODE_OPTIONS and NODE_PATH it was started with. */
function recordingRailway(): string {
  const out = join(world.root, 'railway.env');
  writeFileSync(
    join(world.bin, 'railway'),
    `#!/bin/sh\nprintf '%s|%s|%s' "$NODE_OPTIONS" "$NODE_PATH" "\${GUARD_KEEP_NODE_OPTIONS-unset}" > '${out}'\n`,
  );
  chmodSync(join(world.bin, 'railway'), 0o755);
  return out;
}

test('shim: NODE_OPTIONS=--require agent.cjs does not run inside the full check; the delete is still refused', async () => {
  const out = recordingRailway();
  const env = world.env({
    PATH: `${shims}:${world.bin}:/usr/bin:/bin`,
    NODE_OPTIONS: `--require ${injected}`,
    NODE_PATH: world.root,
  });
  const r = await runDetached('railway', ['volume', 'delete', '-v', 'pg-data', '-e', 'production', '--yes'], { env });
  assert.equal(r.code, 77, r.stderr);
  assert.equal(existsSync(marker), false, 'agent code ran inside guard');
  assert.equal(existsSync(out), false, 'the real railway ran');
});

test('shim: a command that reaches the full check and is benign runs the real tool with NODE_OPTIONS and NODE_PATH as they were', async () => {
  const out = recordingRailway();
  const env = world.env({
    PATH: `${shims}:${world.bin}:/usr/bin:/bin`,
    NODE_OPTIONS: '--max-old-space-size=64',
    NODE_PATH: '/opt/lib',
  });
  // --help reaches the full check (the pre-filter sees `delete`), which finds it benign and runs the tool.
  const r = await runDetached('railway', ['volume', 'delete', '--help'], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(out, 'utf8'), '--max-old-space-size=64|/opt/lib|unset');
});

test('launcher: `guard` run through its #! line clears NODE_OPTIONS before Node starts (hook and prefix mode)', async () => {
  const env = world.env({ NODE_OPTIONS: `--require ${injected}`, PATH: `${world.bin}:/usr/bin:/bin` });
  const hook = await runDetached(GUARD_BIN, ['hook', 'claude-code'], {
    env,
    input: JSON.stringify({ tool_name: 'Bash', tool_input: { command: 'rm -rf ~' } }),
  });
  assert.equal(existsSync(marker), false, 'agent code ran inside guard hook');
  assert.match(hook.stdout, /"permissionDecision":"deny"/);
  const prefix = await runDetached(GUARD_BIN, ['railway', 'volume', 'delete', '-v', 'pg-data', '-e', 'production'], {
    env,
  });
  assert.equal(prefix.code, 77);
  assert.equal(existsSync(marker), false, 'agent code ran inside guard prefix mode');
});

test('the loader puts back exactly the variables the shim moves aside', () => {
  const loader = createRequire(import.meta.url)(join(GUARD_BIN, '..', 'guard-shim-loader.cjs')) as {
    NODE_STEERING_VARS: string[];
  };
  assert.deepEqual(loader.NODE_STEERING_VARS, [...NODE_STEERING_VARS]);
});
