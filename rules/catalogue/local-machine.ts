// not a tool
// Disks, volumes and VMs on this machine: the environment is the local host, as for dd and wipefs.
import { localEnvironment } from '../../src/core/environment.js';
import type { Context, Environment } from '../../src/core/types.js';

export const onThisMachine = (_args: readonly string[], ctx: Context): Environment => localEnvironment(ctx);
