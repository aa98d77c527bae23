// Railway CLI (railwayapp/cli, clap). Syntax and environment resolution: shared/reference/clis.md §1.
import { optionValues } from '../src/core/argv/parse-options.js';
import { definePack } from '../src/core/rule.js';
import { parseRailway, type RailwayCall } from '../src/core/tools/railway/parse-railway.js';
import { railwayEnvironment } from '../src/core/tools/railway/railway-environment.js';
import { targetFlags } from '../src/core/tools/railway/railway-target.js';
import { configApply } from './railway/config-apply.js';
import { down } from './railway/down.js';
import { environmentDelete } from './railway/environment-delete.js';
import { filesDelete } from './railway/files-delete.js';
import { bucketDelete, domainDelete, functionsDelete, tcpProxyDelete } from './railway/named-resource-delete.js';
import { postgresBackupDelete, postgresBackupRestore } from './railway/postgres-backup.js';
import { projectDelete } from './railway/project-delete.js';
import { serviceDelete } from './railway/service-delete.js';
import { sshDestructiveCommand } from './railway/ssh-command.js';
import { variableDelete } from './railway/variable-delete.js';
import { volumeDelete, volumeDetach } from './railway/volume.js';

export const railwayPack = definePack<RailwayCall>({
  tool: 'railway',
  commands: ['railway'],
  // Every destructive path has one of these words as a whole argument (aliases included);
  // `ssh` always gets the full check, as its remote command can be any string.
  prefilter: { words: ['delete', 'rm', 'remove', 'down', 'detach', 'restore', 'apply', 'ssh'] },
  parse: (args) => parseRailway(args),
  environment: (call, ctx) => {
    const flags = targetFlags(call.readings[0] as RailwayCall['readings'][number]);
    // Readings may disagree about -e when an unknown option swallows it: collect them all, so a conflict is unknown.
    flags.environments = call.readings.flatMap((r) => optionValues(r.args, 'environment'));
    return railwayEnvironment(flags, ctx);
  },
  rules: [
    projectDelete,
    down,
    serviceDelete,
    environmentDelete,
    volumeDelete,
    volumeDetach,
    filesDelete,
    variableDelete,
    bucketDelete,
    domainDelete,
    tcpProxyDelete,
    functionsDelete,
    postgresBackupDelete,
    postgresBackupRestore,
    configApply,
    sshDestructiveCommand,
  ],
});
