// The environment mix runs in: DATABASE_URL and MIX_ENV (mix assumes "dev" without them).
import { isProductionName, resolveEnvironment } from '../../environment.js';
import { cautiousOrder, databaseUrlSignal, envVarSignal, present } from '../framework/framework-signals.js';
import type { Context, Environment } from '../../types.js';

export function mixEnvironment(ctx: Context): Environment {
  const signals = present(databaseUrlSignal(ctx, [])?.signal, envVarSignal('MIX_ENV', ctx));
  return resolveEnvironment(
    cautiousOrder(signals, (n) => isProductionName(n, ctx)),
    ctx,
    'no MIX_ENV or DATABASE_URL (mix would assume "dev")',
  );
}
