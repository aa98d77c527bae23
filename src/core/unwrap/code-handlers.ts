// Commands that run code given in their options or program text (issue 16): registered in
// classify-invocation.ts after the runners, which ssh and docker wrap.
import { bundleHandler, railsHandler } from './consoles.js';
import { gitOptionCode } from './git-option-code.js';
import { dockerWithMounts, sshWithOptions } from './runner-option-code.js';
import type { WrapperHandler } from './simple-wrappers.js';
import { awkHandler, sedHandler, vimHandler } from './text-tool-code.js';

export const CODE_HANDLERS: Record<string, WrapperHandler> = {
  git: gitOptionCode,
  ...Object.fromEntries(['awk', 'gawk', 'mawk', 'nawk'].map((n) => [n, awkHandler])),
  ...Object.fromEntries(['sed', 'gsed'].map((n) => [n, sedHandler])),
  ...Object.fromEntries(['vim', 'nvim', 'vi', 'ex', 'view', 'gvim'].map((n) => [n, vimHandler])),
  ssh: sshWithOptions,
  docker: dockerWithMounts,
  rails: railsHandler,
  bundle: bundleHandler,
};
