// Railway's public GraphQL API (shared/reference/clis.md §1d): which mutations destroy data
// and how to name what they destroy.
import { isUnbound, type MutationCall } from '../graphql/graphql-mutations.js';

const RAILWAY_API_HOSTS = ['backboard.railway.app', 'backboard.railway.com'];

export function isRailwayApiHost(host: string): boolean {
  return RAILWAY_API_HOSTS.includes(host.toLowerCase().replace(/\.$/, ''));
}

/** Mutation → the argument (top level or inside `input`) that names what it destroys. */
const DESTRUCTIVE: Record<string, string[]> = {
  volumeDelete: ['volumeId'],
  serviceDelete: ['id'],
  environmentDelete: ['id'],
  projectDelete: ['id'],
  projectScheduleDelete: ['id'],
  projectScheduleDeleteForce: ['id'],
  variableDelete: ['name'],
  volumeInstanceBackupDelete: ['volumeInstanceBackupId', 'volumeInstanceId'],
  volumeInstanceBackupRestore: ['volumeInstanceBackupId', 'volumeInstanceId'],
  deploymentRemove: ['id'],
  customDomainDelete: ['id'],
  serviceDomainDelete: ['id'],
  tcpProxyDelete: ['id'],
  pluginDelete: ['id'],
  pluginReset: ['id'],
  privateNetworksForEnvironmentDelete: ['environmentId'],
  environmentPatchCommit: ['environmentId'],
  environmentPatchCommitStaged: ['environmentId'],
  workspaceDelete: ['id'],
  teamDelete: ['id'],
  userDelete: [],
  apiTokenDelete: ['id'],
  projectTokenDelete: ['id'],
};

/** Mutations not in the table but named like a deletion are destructive too (fail closed). */
const DELETE_LIKE = /(Delete|Remove|Wipe|Purge|Destroy)(Force)?$/;
/** Deletion-named mutations that cancel a deletion. */
const UNDO = new Set(['projectScheduleDeleteCancel']);

export interface RailwayDestruction {
  mutation: string;
  /** `volumeDelete:VOLUME_ID`: what a human types. */
  resource: string;
  environmentId?: string;
  details: string[];
}

export function railwayDestruction(call: MutationCall): RailwayDestruction | null {
  const input = isRecord(call.args.input) && !isUnbound(call.args.input) ? call.args.input : {};
  // A whole input left to an unset variable may carry replace: true.
  const replace = isUnbound(call.args.input) ? call.args.input : (input.replace ?? call.args.replace);
  if (call.field === 'variableCollectionUpsert') {
    if (replace !== true && !isUnbound(replace)) return null;
    const target = firstId(call.args, input, ['serviceId', 'environmentId', 'projectId']);
    const note = isUnbound(replace)
      ? `replace comes from $${replace.unbound}, which the request does not set`
      : 'replace: true deletes every existing variable first';
    return { mutation: call.field, resource: `${call.field}:${target}`, ...envId(call.args, input), details: [note] };
  }
  if (UNDO.has(call.field)) return null;
  const keys = DESTRUCTIVE[call.field] ?? (DELETE_LIKE.test(call.field) ? ['id', 'name'] : undefined);
  if (!keys) return null;
  const target = keys.length === 0 ? 'current-user' : firstId(call.args, input, keys);
  const details = [
    ...(call.field === 'serviceDelete' && call.args.environmentId === undefined
      ? ['no environmentId: the service is deleted from every environment']
      : []),
    ...(call.field === 'volumeDelete' ? ["a deleted volume's backups are deleted with it"] : []),
  ];
  return { mutation: call.field, resource: `${call.field}:${target}`, ...envId(call.args, input), details };
}

function firstId(args: Record<string, unknown>, input: Record<string, unknown>, keys: string[]): string {
  for (const key of keys) {
    for (const value of [args[key], input[key]]) {
      if (typeof value === 'string' && value !== '') return value.replace(/\s+/g, '');
      if (typeof value === 'number') return String(value);
      if (isUnbound(value)) return `$${value.unbound}`;
    }
  }
  return '(no-id)';
}

function envId(args: Record<string, unknown>, input: Record<string, unknown>): { environmentId?: string } {
  const value = args.environmentId ?? input.environmentId;
  return typeof value === 'string' && value !== '' ? { environmentId: value } : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
