import { posix } from 'node:path';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';
import { readJsonFile, unreadableSignal } from '../config-files/read-json.js';

interface Subscription {
  id?: string;
  name?: string;
  isDefault?: boolean;
}

/** The default subscription from azureProfile.json (AZURE_CONFIG_DIR, else ~/.azure). */
export function defaultSubscription(ctx: Context): EnvironmentSignal | undefined {
  const dir = ctx.env.AZURE_CONFIG_DIR ?? posix.join(ctx.home, '.azure');
  const file = posix.join(dir, 'azureProfile.json');
  const read = readJsonFile<{ subscriptions?: Subscription[] }>(ctx, file);
  if (!read) return undefined;
  if (!read.ok) return unreadableSignal(file, read.error);
  const chosen = read.value.subscriptions?.find((s) => s.isDefault);
  const value = chosen?.name ?? chosen?.id;
  if (!chosen || !value) return undefined;
  const shown = file.startsWith(`${ctx.home}/`) ? `~${file.slice(ctx.home.length)}` : file;
  return {
    kind: 'azure-subscription',
    value,
    source: 'tool-config',
    detail: `default subscription in ${shown}: ${value}${chosen.id ? ` (${chosen.id})` : ''}`,
  };
}
