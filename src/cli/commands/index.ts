import type { Command } from 'commander';
import type { Outcome } from '../../core/outcome.js';
import { registerApprove } from './approve.js';
import { registerCheck } from './check.js';
import { registerDoctor } from './doctor.js';
import { registerHook } from './hook.js';
import { registerInit } from './init.js';
import { registerInstall } from './install.js';
import { registerRun } from './run.js';
import { registerExplain } from './explain.js';
import { registerRules } from './rules.js';
import { registerLock } from './lock.js';
import { registerLog } from './log.js';
import { registerUninstall } from './uninstall.js';
import { registerSign } from './sign.js';
import { registerScan } from './scan.js';

/** A command's exit code, or how the tool it ran ended, handed back to main so that only main exits. */
export type CommandResult = number | Outcome;

export type Register = (program: Command, done: (result: CommandResult) => void) => void;

/** Every `guard SUBCOMMAND` with the file that registers it. Names here are reserved: never taken as a tool. */
export const commands: ReadonlyArray<{ names: string[]; register: Register }> = [
  { names: ['check'], register: registerCheck },
  { names: ['explain'], register: registerExplain },
  { names: ['rules'], register: registerRules },
  { names: ['log'], register: registerLog },
  { names: ['lock', 'unlock', 'status'], register: registerLock },
  { names: ['approve', 'tickets', 'passphrase'], register: registerApprove },
  { names: ['run'], register: registerRun },
  { names: ['hook'], register: registerHook },
  { names: ['init'], register: registerInit },
  { names: ['install'], register: registerInstall },
  { names: ['uninstall'], register: registerUninstall },
  { names: ['doctor'], register: registerDoctor },
  { names: ['sign'], register: registerSign },
  { names: ['scan'], register: registerScan },
];
