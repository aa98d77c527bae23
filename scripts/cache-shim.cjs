// Writes V8's code cache for a bundle (dist/guard-shim.cjs.cache, dist/guard-cli.cjs.cache): the
// bundle's top level is run once here, as bin/ runs it, then its warm-up classifies every rule
// example (taken from tsc's output: the shim bundle carries none), so the cache also holds the
// functions a check compiles lazily (the classifier, the packs), not only the top level. V8 rejects
// a cache from another Node version or other flags; the loader then compiles from source.
'use strict';
const { writeFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { pathToFileURL } = require('node:url');
const { compileShim } = require('../bin/guard-shim-loader.cjs');

async function main() {
  const file = resolve(process.argv[2]);
  const { script, run, buildId } = compileShim(file, undefined);
  if (!buildId) throw new Error(`${file} has no guard-build id`);
  const exported = run();
  if (typeof exported.warmUpClassifier !== 'function') throw new Error(`${file} does not export warmUpClassifier`);
  // The examples come from tsc's output (the same helper the bundle would use, had it kept them).
  const { examplesOf } = await import(pathToFileURL(resolve(__dirname, '../dist/src/app/warm-up.js')).href);
  const { builtinPacks } = await import(pathToFileURL(resolve(__dirname, '../dist/rules/index.js')).href);
  if (exported.warmUpClassifier(examplesOf(builtinPacks)) === 0) throw new Error('warm-up classified nothing');
  writeFileSync(`${file}.cache`, Buffer.concat([Buffer.from(buildId, 'latin1'), script.createCachedData()]));
}

main().catch((error) => {
  console.error(`cache-shim: ${error.stack ?? error}`);
  process.exit(1);
});
