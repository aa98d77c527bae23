// Bundles guard's two entries (built by tsc) into one CommonJS file each, run from V8's code cache:
//   dist/src/shim/main.js -> dist/guard-shim.cjs   the shims' full check (never loads commander)
//   dist/src/cli/main.js  -> dist/guard-cli.cjs    the `guard` command (bin/guard.js)
// One file to read and compile instead of a module graph, and CommonJS, which Node starts faster than
// ES modules: start-up is most of a full check's cost and a large share of a `check --shell --stdin` batch.
// Packages loaded only on demand (chalk at a prompt, the SQL parser, cosmiconfig and zod when a config file
// exists) stay external.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { build } from 'esbuild';

const EXTERNAL = ['chalk', 'enquirer', 'libpg-query', 'cosmiconfig', 'zod'];
const BUNDLES = [
  ['dist/src/shim/main.js', 'dist/guard-shim.cjs'],
  ['dist/src/cli/main.js', 'dist/guard-cli.cjs'],
];

for (const [entry, out] of BUNDLES) await bundle(entry, out);

async function bundle(entry, out) {
  const result = await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: EXTERNAL,
    // Less source to read and pre-parse; identifiers stay, so stack traces still name functions.
    minifyWhitespace: true,
    minifySyntax: true,
    // Modules that use import.meta.url (e.g. createRequire for a lazily loaded parser) get the bundle's own URL.
    // The build id ties the code cache to this very bundle (V8 itself only checks the source length).
    // (A comment only: "use strict" must stay the first statement.)
    banner: { js: `/*guard-build:${randomBytes(8).toString('hex')}*/` },
    inject: ['scripts/import-meta-url.js'],
    define: { 'import.meta.url': 'guardImportMetaUrl' },
    logLevel: 'warning',
  });
  // A warning here (e.g. import.meta in a bundled module) would be a silent bug in the bundle: fail the build.
  if (result.warnings.length > 0) process.exit(1);

  // import() inside code that V8 restores from a code cache made in another process fails on Node 20
  // (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so the bundle's dynamic imports of the external packages
  // go through guardImport, which the loader passes in. Any other import() fails the build.
  let code = readFileSync(out, 'utf8');
  const externalImport = new RegExp(`\\bimport\\((["'])((?:${EXTERNAL.join('|')})(?:/[^"']*)?)\\1\\)`, 'g');
  code = code.replace(externalImport, (_, quote, specifier) => `guardImport(${quote}${specifier}${quote})`);
  const leftover = /\bimport\s*\(/.exec(code);
  if (leftover) {
    console.error(`bundle-shim: ${out} still holds a dynamic import near: ${code.slice(leftover.index - 60, leftover.index + 40)}`);
    process.exit(1);
  }
  writeFileSync(out, code);

  // V8's code cache for the bundle, made by the Node that builds it (the one that will run it).
  const cache = spawnSync(process.execPath, ['scripts/cache-shim.cjs', out], { stdio: 'inherit' });
  if (cache.status !== 0) process.exit(1);
}
