#!/usr/bin/env -S -u NODE_OPTIONS -u NODE_PATH -u NODE_REPL_EXTERNAL_MODULE -u NODE_COMPILE_CACHE -u NODE_CHANNEL_FD -u LD_PRELOAD -u LD_AUDIT GUARD_KEEP_NODE_OPTIONS=${NODE_OPTIONS} node
// (The first line starts Node with the variables that load code cleared: see src/core/shim/node-steering.ts.)
// guard's entry point: the CLI bundled into dist/guard-cli.cjs (built by `npm install` / `npm run build`),
// compiled from V8's code cache by the same loader as the shims' full check.
import { createRequire } from 'node:module';

let cli;
try {
  const require = createRequire(import.meta.url);
  cli = require('./guard-shim-loader.cjs').loadShim(require.resolve('../dist/guard-cli.cjs'));
} catch (error) {
  process.stderr.write(`guard: cannot start (${error.code ?? error.message}): guard is not built or is damaged; nothing was run. Run \`npm install\` in guard's directory, or remove guard's shims with \`guard uninstall\`.\n`);
  process.exit(70);
}
cli.main(process.argv.slice(2));
