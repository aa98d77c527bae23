#!/usr/bin/env -S -u NODE_OPTIONS -u NODE_PATH -u NODE_REPL_EXTERNAL_MODULE -u NODE_COMPILE_CACHE -u NODE_CHANNEL_FD -u LD_PRELOAD -u LD_AUDIT GUARD_KEEP_NODE_OPTIONS=${NODE_OPTIONS} node
// (The first line starts Node with the variables that load code cleared: see src/core/shim/node-steering.ts.)
// guard's entry point: the CLI bundled into dist/guard-cli.cjs (built by `npm install` / `npm run build`),
// compiled from V8's code cache by the same loader as the shims' full check. CommonJS (bin/package.json):
// Node starts it ~5 ms faster than an ES module, and an agent's hook runs it before every shell command.
'use strict';
const { join } = require('node:path');

const argv = process.argv.slice(2);
// `guard hook AGENT` (main.ts's hot path, the same argv shape) runs from the shims' smaller bundle:
// no commander, no rule examples, less to read and compile before every shell command of an agent.
const hook = argv.length === 2 && argv[0] === 'hook' && !argv[1].startsWith('-');
let entry;
try {
  entry = require('./guard-shim-loader.cjs').loadShim(
    join(__dirname, '..', 'dist', hook ? 'guard-shim.cjs' : 'guard-cli.cjs'),
  );
} catch (error) {
  const what = hook ? "the agent's command is denied" : 'nothing was run';
  process.stderr.write(
    `guard: cannot start (${error.code ?? error.message}): guard is not built or is damaged; ${what}. Run \`npm install\` in guard's directory, or remove guard's shims with \`guard uninstall\`.\n`,
  );
  // Every agent client reads exit 2 from a hook as "deny" (any other failure lets the command run).
  process.exit(hook ? 2 : 70);
}
if (hook) entry.runHookShim(argv[1]);
else entry.main(argv);
