/** A managed resource a saved plan deletes or forgets. */
export interface PlanRemoval {
  address: string;
  /** "delete", "replace" (delete+create in either order), "forget", or "forget+create". */
  action: string;
}

export type PlanReading = { ok: true; removals: PlanRemoval[] } | { ok: false; why: string };

/**
 * Reads `terraform show -json PLAN`: the managed resource changes whose actions contain "delete" or
 * "forget" (terraform's jsonplan). Anything that is not plan JSON is a failure, so callers fail closed.
 */
export function readPlanJson(stdout: string): PlanReading {
  let plan: unknown;
  try {
    plan = JSON.parse(stdout);
  } catch {
    return { ok: false, why: 'its output is not JSON' };
  }
  if (
    typeof plan !== 'object' ||
    plan === null ||
    typeof (plan as { format_version?: unknown }).format_version !== 'string'
  ) {
    return { ok: false, why: 'its output is not a terraform plan (no format_version)' };
  }
  const changes = (plan as { resource_changes?: unknown }).resource_changes;
  if (changes === undefined) return { ok: true, removals: [] };
  if (!Array.isArray(changes)) return { ok: false, why: 'resource_changes is not a list' };
  const removals: PlanRemoval[] = [];
  for (const change of changes as { address?: unknown; mode?: unknown; change?: { actions?: unknown } }[]) {
    const actions = change?.change?.actions;
    if (!Array.isArray(actions)) return { ok: false, why: `a resource change has no actions list` };
    if (change.mode === 'data') continue;
    if (!actions.includes('delete') && !actions.includes('forget')) continue;
    removals.push({ address: String(change.address ?? '(unnamed)'), action: actionName(actions as string[]) });
  }
  return { ok: true, removals };
}

function actionName(actions: string[]): string {
  if (actions.includes('delete')) return actions.includes('create') ? 'replace' : 'delete';
  return actions.includes('create') ? 'forget+create' : 'forget';
}

/** Panel lines: how many resources each action touches, then the first few addresses. */
export function describeRemovals(removals: readonly PlanRemoval[], shown = 5): string[] {
  const counts = new Map<string, number>();
  for (const r of removals) counts.set(r.action, (counts.get(r.action) ?? 0) + 1);
  const summary = [...counts].map(([action, n]) => `${action} ${n}`).join(', ');
  const first = removals.slice(0, shown).map((r) => `${r.address} (${r.action})`);
  const more = removals.length > shown ? ` and ${removals.length - shown} more` : '';
  return [
    `the plan removes ${removals.length} resource${removals.length === 1 ? '' : 's'}: ${summary}`,
    `${first.join(', ')}${more}`,
  ];
}
