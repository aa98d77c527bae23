// Compiles and runs the CommonJS shim bundle the way require() would, but through vm.Script so that
// V8's code cache (written at build time by scripts/cache-shim.cjs) can skip most of the compiling.
'use strict';
const { Script } = require('node:vm');
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');

const BUILD_ID = /^\/\*guard-build:([0-9a-f]{16})\*\//;

/** Compiles the bundle with `cache` (build id + V8 data) when the ids match, else from source alone. */
function compileShim(file, cache) {
  const source = readFileSync(file, 'utf8');
  const buildId = BUILD_ID.exec(source)?.[1];
  const cachedData =
    buildId && cache && cache.subarray(0, 16).toString('latin1') === buildId ? cache.subarray(16) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname, guardImport) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const run = () => {
    const mod = { exports: {} };
    // The bundle's dynamic imports (chalk at a prompt, …) run from here: see scripts/bundle-shim.mjs.
    const guardImport = (specifier) => import(specifier);
    script
      .runInThisContext()
      .call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file), guardImport);
    return mod.exports;
  };
  return { script, run, buildId };
}

// src/core/shim/node-steering.ts: the shim and the launcher moved these aside so that guard's own
// Node could not be steered; the real tool gets them back (a test keeps the two lists equal).
const NODE_STEERING_VARS = [
  'NODE_OPTIONS',
  'NODE_PATH',
  'NODE_REPL_EXTERNAL_MODULE',
  'NODE_COMPILE_CACHE',
  'NODE_CHANNEL_FD',
  'NODE_CHANNEL_SERIALIZATION_MODE',
  'NODE_UNIQUE_ID',
  'NODE_PRESERVE_SYMLINKS',
  'NODE_PRESERVE_SYMLINKS_MAIN',
  'NODE_ICU_DATA',
  'NODE_EXTRA_CA_CERTS',
  'NODE_V8_COVERAGE',
  'NODE_REDIRECT_WARNINGS',
  'NODE_DEBUG_NATIVE',
  'NODE_TEST_CONTEXT',
  'LD_PRELOAD',
  'LD_AUDIT',
  'LD_LIBRARY_PATH',
];

/** Puts the kept values back into the environment the real tool inherits (an empty one stays unset). */
function restoreSteeringVars(env) {
  for (const name of NODE_STEERING_VARS) {
    const kept = env[`GUARD_KEEP_${name}`];
    if (kept === undefined) continue;
    delete env[`GUARD_KEEP_${name}`];
    if (kept !== '') env[name] = kept;
  }
}

function loadShim(file) {
  restoreSteeringVars(process.env);
  let cache;
  try {
    cache = readFileSync(`${file}.cache`);
  } catch {
    cache = undefined; // no cache (not built with one): compile from source
  }
  return compileShim(file, cache).run();
}

module.exports = { compileShim, loadShim, NODE_STEERING_VARS };
