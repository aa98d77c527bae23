/** `terraform show -json` output for a saved plan with the given managed resource actions. */
export function planJson(changes: Record<string, string[]>): string {
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.0',
    resource_changes: Object.entries(changes).map(([address, actions]) => ({
      address,
      mode: 'managed',
      type: address.split('.')[0],
      change: { actions },
    })),
  });
}

export const LOCK_ID = '6638e010-8fb0-46cf-966d-21e806602f3a';
