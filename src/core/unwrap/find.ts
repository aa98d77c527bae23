// find: -exec/-execdir/-ok/-okdir run a command per found path ({} stands for a path under START);
// -delete removes what it finds. A `find` rule pack, when registered, judges the
// find command itself; without one, -delete is judged as the removal it amounts to.
import { posix } from 'node:path';
import { packFor, type PackIndex } from '../classify.js';
import { unknownEnvironment } from '../environment.js';
import type { Finding } from '../types.js';
import { classifyLeaf } from './leaf.js';
import { deeper, type Invocation } from './invocation.js';
import { shortLabel } from './shell-findings.js';
import type { WrapperHandler } from './simple-wrappers.js';
import { parseFind, type FindCommand } from '../tools/find/parse-find.js';

export const findHandler: WrapperHandler = (inv, recurse, index) => {
  const find = parseFind(inv.argv.slice(1));
  const findings: Finding[] = [];
  for (const exec of find.execs) {
    if (exec.argv.length === 0) continue;
    for (const start of find.starts) {
      const found = posix.join(start, '{}');
      findings.push(...recurse(deeper(inv, exec.argv.map((a) => a.split('{}').join(found)))));
    }
  }
  if (packFor(index, 'find')) return [...findings, ...classifyLeaf(inv, index)];
  if (find.deleteAt !== -1) findings.push(...judgeDelete(inv, find, index, recurse));
  return findings;
};

/** Without a find pack: -delete of START (or of what a test selects under it) is judged as `rm -r`. */
function judgeDelete(inv: Invocation, find: FindCommand, index: PackIndex, recurse: (inv: Invocation) => Finding[]): Finding[] {
  const findings: Finding[] = [];
  for (const start of find.starts) {
    const target = find.narrowed ? posix.join(start, '{}') : start;
    if (!packFor(index, 'rm')) {
      findings.push(findDeleteFinding(inv, start));
      continue;
    }
    for (const f of recurse(deeper(inv, ['rm', '-r', '--', target]))) {
      findings.push({ ...f, details: [`find … -delete judged as \`rm -r ${target}\``, ...f.details] });
    }
  }
  return findings;
}

function findDeleteFinding(inv: Invocation, start: string): Finding {
  const resource = shortLabel(start);
  return {
    kind: 'rule',
    rule: 'shell/unknown-operands',
    tool: 'find',
    resource,
    environment: unknownEnvironment('no rm or find rules are loaded to judge find -delete'),
    message: 'find -delete removes files under {{resource}}; no loaded rule can judge it, so guard asks',
    details: [inv.argv.join(' ')],
    warnings: [],
  };
}
