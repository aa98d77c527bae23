import type { OptionSpec } from '../../argv/parse-options.js';

// Go `flag` definitions of the subcommands guard inspects (internal/command/arguments/*.go).
// Bool flags never take the next argument; value flags may (`-target ADDR` or `-target=ADDR`).
const PLAN_AND_APPLY: readonly OptionSpec[] = [
  { id: 'auto-approve', long: ['auto-approve'] },
  { id: 'destroy', long: ['destroy'] },
  { id: 'refresh-only', long: ['refresh-only'] },
  { id: 'replace', long: ['replace'], value: true },
  { id: 'target', long: ['target'], value: true },
  { id: 'exclude', long: ['exclude'], value: true },
  { id: 'var', long: ['var'], value: true },
  { id: 'var-file', long: ['var-file'], value: true },
  { id: 'parallelism', long: ['parallelism'], value: true },
  { id: 'lock', long: ['lock'] },
  { id: 'lock-timeout', long: ['lock-timeout'], value: true },
  { id: 'input', long: ['input'] },
  { id: 'refresh', long: ['refresh'] },
  { id: 'state', long: ['state'], value: true },
  { id: 'state-out', long: ['state-out'], value: true },
  { id: 'backup', long: ['backup'], value: true },
  { id: 'compact-warnings', long: ['compact-warnings'] },
  { id: 'no-color', long: ['no-color'] },
  { id: 'json', long: ['json'] },
];

const STATE_COMMON: readonly OptionSpec[] = [
  { id: 'lock', long: ['lock'] },
  { id: 'lock-timeout', long: ['lock-timeout'], value: true },
  { id: 'ignore-remote-version', long: ['ignore-remote-version'] },
];

export const SUBCOMMAND_OPTIONS: Readonly<Record<string, readonly OptionSpec[]>> = {
  apply: PLAN_AND_APPLY,
  destroy: PLAN_AND_APPLY,
  'state rm': [
    ...STATE_COMMON,
    { id: 'dry-run', long: ['dry-run'] },
    { id: 'backup', long: ['backup'], value: true },
    { id: 'state', long: ['state'], value: true },
  ],
  'state push': [...STATE_COMMON, { id: 'force', long: ['force'] }],
  'workspace delete': [
    { id: 'force', long: ['force'] },
    { id: 'lock', long: ['lock'] },
    { id: 'lock-timeout', long: ['lock-timeout'], value: true },
  ],
  'force-unlock': [{ id: 'force', long: ['force'] }],
};
