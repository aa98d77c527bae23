import { posix } from 'node:path';
import type { Context } from '../../types.js';
import type { RmTarget } from './resolve-operand.js';

/**
 * The shell expands `DIR/*` before rm (or guard) sees it. When the operands name every visible entry
 * of one directory (at least two), they are replaced by one target for that directory, shown as `DIR/*`:
 * `rm -rf /bin /boot /dev …` is `rm -rf /*`. Dot entries are ignored, as `*` skips them.
 */
export function collapseExpandedGlobs(targets: readonly RmTarget[], ctx: Context): RmTarget[] {
  const groups = new Map<string, RmTarget[]>();
  for (const t of targets) {
    if (t.wholeDirectory || t.path === '/') continue;
    const parent = posix.dirname(t.path);
    const group = groups.get(parent);
    if (group) group.push(t);
    else groups.set(parent, [t]);
  }
  const covered = new Set<RmTarget>();
  const collapsed: RmTarget[] = [];
  for (const [parent, members] of groups) {
    if (members.length < 2) continue;
    const visible = ctx.fs.readdir(parent)?.filter((name) => !name.startsWith('.'));
    if (!visible || visible.length < 2) continue;
    const names = new Set(members.map((m) => posix.basename(m.path)));
    if (!visible.every((name) => names.has(name))) continue;
    for (const m of members) covered.add(m);
    const operand = members.map((m) => m.operand).join(' ');
    collapsed.push({
      operand,
      path: parent,
      display: parent === '/' ? '/*' : `${parent}/*`,
      wholeDirectory: 'expanded-glob',
      members,
    });
  }
  return [...collapsed, ...targets.filter((t) => !covered.has(t))];
}
