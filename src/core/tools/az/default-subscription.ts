import { posix } from 'node:path';
import type { EnvironmentSignal } from '../../environment.js';
import type { Context } from '../../types.js';

interface Subscription {
  id?: string;
  name?: string;
  isDefault?: boolean;
}

/** The default subscription from azureProfile.json (AZURE_CONFIG_DIR, else ~/.azure). */
export function defaultSubscription(ctx: Context): EnvironmentSignal | undefined {
  const dir = ctx.env.AZURE_CONFIG_DIR ?? posix.join(ctx.home, '.azure');
  const file = posix.join(dir, 'azureProfile.json');
  const text = ctx.fs.readText(file);
  if (text === undefined) return undefined;
  // az writes this file with a UTF-8 byte-order mark.
  const profile = JSON.parse(text.replace(/^\uFEFF/, '')) as { subscriptions?: Subscription[] };
  const chosen = profile.subscriptions?.find((s) => s.isDefault);
  const value = chosen?.name ?? chosen?.id;
  if (!chosen || !value) return undefined;
  const shown = file.startsWith(`${ctx.home}/`) ? `~${file.slice(ctx.home.length)}` : file;
  return { kind: 'azure-subscription', value, source: 'tool-config', detail: `default subscription in ${shown}: ${value}${chosen.id ? ` (${chosen.id})` : ''}` };
}
