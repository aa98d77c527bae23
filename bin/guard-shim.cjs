#!/usr/bin/env node
// The entry guard's shims exec for the full check: `guard-shim.cjs TOOL ARGS…`. It runs
// src/shim/main.ts bundled into one CommonJS file (dist/guard-shim.cjs, scripts/bundle-shim.mjs)
// with V8's code cache: start-up is most of the full check's cost.
'use strict';
const { join } = require('node:path');
let shim;
try {
  shim = require('./guard-shim-loader.cjs').loadShim(join(__dirname, '..', 'dist', 'guard-shim.cjs'));
} catch (error) {
  const tool = process.argv[2] || 'the command';
  process.stderr.write(
    `guard: ${tool}: this command may be destructive and guard cannot start to check it (${error.code || error.message}), so nothing was run. Repair guard (\`npm install\` in its directory, then \`guard install\`), or remove its shims with \`guard uninstall\`.\n`,
  );
  process.exit(70);
}
shim.runShim(process.argv.slice(2));
