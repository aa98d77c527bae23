// Bundles the shim entry (dist/src/shim/main.js, built by tsc) into one file, dist/guard-shim.mjs:
// one file to read and compile instead of a module graph, which is most of the full check's
// start-up cost. Packages loaded only on demand (chalk at a prompt, the SQL parser) stay external.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/src/shim/main.js'],
  outfile: 'dist/guard-shim.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['chalk', 'enquirer', 'libpg-query'],
  // Bundled CommonJS dependencies may call require() for Node built-ins.
  banner: { js: "import { createRequire as guardCreateRequire } from 'node:module'; const require = guardCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
