#!/usr/bin/env node
// guard's entry point: the compiled CLI lives in dist/ (built by `npm install` / `npm run build`).
import('../dist/src/cli/main.js').then(
  (cli) => cli.main(process.argv.slice(2)),
  (error) => {
    process.stderr.write(`guard: cannot start (${error.code ?? error.message}): guard is not built or is damaged; nothing was run. Run \`npm install\` in guard's directory, or remove guard's shims with \`guard uninstall\`.\n`);
    process.exit(70);
  },
);
