// docker's global options (-H/--host, -c/--context) before the subcommand, and the environment they name.
import type { EnvironmentSignal } from '../../environment.js';
import { dockerSignals } from './docker-target.js';
import type { Context } from '../../types.js';

const GLOBAL_VALUES = new Set([
  '-H',
  '--host',
  '-c',
  '--context',
  '--config',
  '-l',
  '--log-level',
  '--tlscacert',
  '--tlscert',
  '--tlskey',
]);

export interface DockerCall {
  command: string[];
  signals: EnvironmentSignal[];
}

export function parseDocker(args: readonly string[], ctx: Context): DockerCall {
  let host: string | undefined;
  let context: string | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-') || arg === '-') break;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!GLOBAL_VALUES.has(name)) continue;
    const value = eq === -1 ? (args[++i] ?? '') : arg.slice(eq + 1);
    if (name === '-H' || name === '--host') host = value;
    if (name === '-c' || name === '--context') context = value;
  }
  return { command: args.slice(i), signals: dockerSignals(host, context, ctx) };
}
