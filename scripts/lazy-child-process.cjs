// Given to commander in place of node:child_process (scripts/bundle-shim.mjs): commander loads it at
// start-up only to spawn executable subcommands, which guard has none of, and loading it (with net
// and the stream machinery) costs ~5 ms on every `guard` command. Loaded for real on first use.
'use strict';
let real;
module.exports = new Proxy(
  {},
  {
    get(_, key) {
      real ??= require('node:child_process');
      return real[key];
    },
  },
);
