// Bundles guard's two entries (built by tsc) into one CommonJS file each, run from V8's code cache:
//   dist/src/shim/main.js -> dist/guard-shim.cjs   the shims' full check (never loads commander)
//   dist/src/cli/main.js  -> dist/guard-cli.cjs    the `guard` command (bin/guard.js)
// One file to read and compile instead of a module graph, and CommonJS, which Node starts faster than
// ES modules: start-up is most of a full check's cost and a large share of a `check --shell --stdin` batch.
// Packages loaded only on demand (chalk at a prompt, the SQL parser, js-yaml and zod when a config file
// exists) stay external.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { build } from 'esbuild';
import ts from 'typescript';

const EXTERNAL = ['chalk', 'libpg-query', 'js-yaml', 'zod'];
// The shim's full check never reads the rules' own examples (tests, `guard rules`, docs do): they are
// a fifth of the bundle, and every byte of it costs start-up (~4 ms of the full check), so the shim
// bundle leaves them out. The CLI keeps them for `guard rules show` and `guard rules test`.
// Identifiers are not minified: measured at 0.7 % of the full check's CPU (87.2 vs 87.8 ms), under the
// 5 % a less readable stack trace would have to earn. The V8 code cache (scripts/cache-shim.cjs) stays:
// ~10 % of it (84.6 vs 93.8 ms).
const BUNDLES = [
  ['dist/src/shim/main.js', 'dist/guard-shim.cjs', { withoutExamples: true }],
  ['dist/src/cli/main.js', 'dist/guard-cli.cjs', {}],
];

async function bundle(entry, out, { withoutExamples = false }) {
  stripped = 0;
  const result = await build({
    plugins: [lazyCatalogueIndex, lazyChildProcess, ...(withoutExamples ? [withoutRuleExamples] : [])],
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: EXTERNAL,
    // Less source to read and pre-parse; identifiers stay, so stack traces name functions.
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
  // go through guardImport, which the loader passes in: the external packages, and the user's own
  // JavaScript config (a file URL computed at run time). Any other import() fails the build.
  let code = readFileSync(out, 'utf8');
  const externalImport = new RegExp(`\\bimport\\((["'])((?:${EXTERNAL.join('|')})(?:/[^"']*)?)\\1\\)`, 'g');
  code = code.replace(externalImport, (_, quote, specifier) => `guardImport(${quote}${specifier}${quote})`);
  const userConfig = /\bimport\((\(0,\s*\w+\.pathToFileURL\)\()/g;
  const userConfigs = code.match(userConfig)?.length ?? 0;
  if (userConfigs !== 1) {
    console.error(`bundle-shim: expected one import of a user config file URL in ${out}, found ${userConfigs}`);
    process.exit(1);
  }
  code = code.replace(userConfig, 'guardImport($1');
  const leftover = /\bimport\s*\(/.exec(code);
  if (leftover) {
    console.error(
      `bundle-shim: ${out} still holds a dynamic import near: ${code.slice(leftover.index - 60, leftover.index + 40)}`,
    );
    process.exit(1);
  }
  writeFileSync(out, code);

  if (withoutExamples && stripped === 0) {
    console.error(`bundle-shim: no rule examples found to leave out of ${out}: has the rule format changed?`);
    process.exit(1);
  }

  // V8's code cache for the bundle, made by the Node that builds it (the one that will run it).
  const cache = spawnSync(process.execPath, ['scripts/cache-shim.cjs', out], { stdio: 'inherit' });
  if (cache.status !== 0) process.exit(1);
}

/**
 * node:child_process (with net and the stream machinery: ~5 ms) is loaded on first use, not at start-up:
 * a refusal or a judgement never spawns. commander's `require` gets scripts/lazy-child-process.cjs (see
 * there); guard's own modules get the wrappers below (esbuild fails the build on a name they lack).
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, ({ importer, kind }) => {
      if (/[\\/]node_modules[\\/]commander[\\/]/.test(importer))
        return { path: new URL('./lazy-child-process.cjs', import.meta.url).pathname };
      if (kind === 'import-statement' && /[\\/]dist[\\/]/.test(importer))
        return { path: 'child_process', namespace: 'lazy-child-process' };
      return undefined;
    });
    const names = ['spawn', 'spawnSync', 'execFile', 'execFileSync'];
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: `let real;\nconst cp = () => (real ??= require('node:child_process'));\n${names.map((n) => `export function ${n}(...a) { return cp().${n}(...a); }`).join('\n')}\n`,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

let stripped = 0; // examples left out of the current bundle

/**
 * esbuild plugin: in the rule packs (dist/rules/), every `examples: { … }` property written as an
 * object literal becomes `examples: { destructive: [], benign: [] }`. Found with TypeScript's own
 * parser (strings, regexes and templates holding braces cannot fool it), not by pattern matching.
 */
const withoutRuleExamples = {
  name: 'without-rule-examples',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]rules[\\/].*\.js$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
      const spans = [];
      const visit = (node) => {
        if (
          ts.isPropertyAssignment(node) &&
          node.name.getText(source) === 'examples' &&
          ts.isObjectLiteralExpression(node.initializer)
        ) {
          spans.push([node.initializer.getStart(source), node.initializer.getEnd()]);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let contents = text;
      for (const [start, end] of spans.reverse())
        contents = `${contents.slice(0, start)}{ destructive: [], benign: [] }${contents.slice(end)}`;
      stripped += spans.length;
      return { contents, loader: 'js' };
    });
  },
};

// ---- The catalogue, one chunk per tool (issue 15) ----------------------------------------------
// Each catalogued tool's data (dist/rules/catalogue/<tool>.js and what it imports) becomes its own
// CommonJS file, dist/catalogue/<tool>.cjs, required the first time one of the tool's commands is
// judged; the bundles keep only the index (names and commands). So neither the bundles' size nor
// their start-up grows with the number of tools (bench/catalogue-scale.mjs).
const CATALOGUE_INDEX = 'dist/rules/catalogue/index.js';
const CATALOGUE_IMPORT = /^import (t_\w+) from '\.\/([\w.-]+)\.js';$/gm;

async function catalogueChunks() {
  const files = [...readFileSync(CATALOGUE_INDEX, 'utf8').matchAll(CATALOGUE_IMPORT)].map((m) => m[2]);
  rmSync('dist/catalogue', { recursive: true, force: true });
  if (files.length === 0) return;
  const result = await build({
    entryPoints: Object.fromEntries(files.map((f) => [f, `dist/rules/catalogue/${f}.js`])),
    outdir: 'dist/catalogue',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: EXTERNAL,
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  if (result.warnings.length > 0) process.exit(1);
}

/**
 * In the bundles, the index becomes one JSON text (tool, commands, chunk file) read at start-up and a
 * loader that requires the chunk on first use: a constant amount of code, whatever the number of tools
 * (an object literal per tool would grow the bundle's bytecode and its code cache with each one).
 */
const lazyCatalogueIndex = {
  name: 'lazy-catalogue-index',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]rules[\\/]catalogue[\\/]index\.js$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      const files = new Map([...text.matchAll(CATALOGUE_IMPORT)].map((m) => [m[1], m[2]]));
      const entries = [...text.matchAll(/\{ tool: '([^']+)', commands: \[([^\]]*)\], load: (t_\w+) \}/g)].map((m) => [
        m[1],
        [...m[2].matchAll(/'([^']+)'/g)].map((c) => c[1]),
        files.get(m[3]),
      ]);
      if (entries.length !== files.size || entries.some((e) => !e[2]))
        throw new Error(`bundle-shim: cannot read the catalogue index ${path}`);
      // __dirname is the bundle's directory (dist/): see bin/guard-shim-loader.cjs.
      const contents = [
        `const chunk = (file) => () => require(__dirname + '/catalogue/' + file + '.cjs').default();`,
        `export const catalogueEntries = JSON.parse(${JSON.stringify(JSON.stringify(entries))}).map(([tool, commands, file]) => ({ tool, commands, load: chunk(file) }));`,
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

await catalogueChunks();
for (const [entry, out, options] of BUNDLES) await bundle(entry, out, options);
