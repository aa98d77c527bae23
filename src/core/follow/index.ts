// Commands that run what files on disk say (scripts, package.json, Makefile, justfile, Taskfile,
// composer.json) or what the line itself wrote. Their findings add to the command's own pack.
import type { WrapperHandler } from '../unwrap/simple-wrappers.js';
import { composerHandler } from './composer.js';
import { justHandler } from './justfile.js';
import { makeHandler } from './make.js';
import { NODE_RUNNERS } from './node-runners.js';
import { OTHER_RUNNERS } from './other-runners.js';
import { taskHandler } from './taskfile.js';

export const FOLLOWERS: Readonly<Record<string, WrapperHandler>> = {
  ...NODE_RUNNERS,
  ...OTHER_RUNNERS,
  make: makeHandler,
  gmake: makeHandler,
  just: justHandler,
  task: taskHandler,
  'go-task': taskHandler,
  composer: composerHandler,
};

export { followExecutable } from './executable.js';
export { followScriptFile } from './script.js';
