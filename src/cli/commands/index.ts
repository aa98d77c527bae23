import type { Command } from 'commander';
import { registerCheck } from './check.js';
import { registerExplain } from './explain.js';

/** A command's exit code, handed back to main so that only main exits. */
export type CommandResult = number;

export type Register = (program: Command, done: (result: CommandResult) => void) => void;

/** Every `guard SUBCOMMAND`, one file each. Names here are reserved: they are never taken as a tool. */
export const commands: ReadonlyArray<{ name: string; register: Register }> = [
  { name: 'check', register: registerCheck },
  { name: 'explain', register: registerExplain },
];
