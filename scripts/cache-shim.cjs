// Writes V8's code cache for the shim bundle (dist/guard-shim.cjs.cache): the bundle's top level
// is run once here, as bin/guard-shim.cjs runs it, so the cache holds the functions start-up
// compiles. V8 rejects a cache from another Node version or other flags; the loader then compiles.
'use strict';
const { writeFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { compileShim } = require('../bin/guard-shim-loader.cjs');

const file = resolve(process.argv[2]);
const { script, run, buildId } = compileShim(file, undefined);
if (!buildId) throw new Error(`${file} has no guard-build id`);
run();
writeFileSync(`${file}.cache`, Buffer.concat([Buffer.from(buildId, 'latin1'), script.createCachedData()]));
