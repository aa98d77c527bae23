// Run by bench/startup-phases.mjs: the shim bundle's start-up as bin/guard-shim-loader.cjs does it,
// with the process's CPU time (all threads) written to fd 3 at each phase boundary.
'use strict';
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const marks = [['Node start-up', cpu()]];
const mark = (name) => marks.push([name, cpu()]);
const { readFileSync, writeSync } = require('node:fs');
const { Script } = require('node:vm');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');

const file = join(__dirname, '..', '..', 'dist', 'guard-shim.cjs');
const source = readFileSync(file, 'utf8');
const cache = readFileSync(`${file}.cache`);
mark('read bundle and code cache');
const script = new Script(`(function (exports, require, module, __filename, __dirname, guardImport) {${source}\n})`, {
  filename: file,
  cachedData: cache.subarray(16),
});
mark('compile from the code cache');
const mod = { exports: {} };
script
  .runInThisContext()
  .call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file), (specifier) => import(specifier));
mark('module init');
const exit = process.exit;
process.exit = (code) => {
  mark('policy, judgement, gate, audit, answer');
  const phases = marks.map(([name, at], i) => [name, at - (i === 0 ? 0 : marks[i - 1][1])]);
  writeSync(3, `${JSON.stringify(Object.fromEntries(phases))}\n`);
  exit(code);
};
if (process.argv[2] === 'hook') mod.exports.runHookShim('claude-code');
else mod.exports.runShim(process.argv.slice(2));
