// find START… EXPR: -exec/-execdir/-ok/-okdir run a command per found path ({} stands for a path
// under START); -delete removes what it finds. A `find` rule pack, when registered, judges the
// find command itself; without one, -delete is judged as the removal it amounts to.
import { posix } from 'node:path';
import { packFor, type PackIndex } from '../classify.js';
import { unknownEnvironment } from '../environment.js';
import type { Finding } from '../types.js';
import { classifyLeaf } from './leaf.js';
import { deeper, type Invocation } from './invocation.js';
import { shortLabel } from './shell-findings.js';
import type { WrapperHandler } from './simple-wrappers.js';

const EXEC_ACTIONS = new Set(['-exec', '-execdir', '-ok', '-okdir']);
/** Expression words that do not narrow what is found. */
const NON_TESTS = new Set(['-delete', '-depth', '-d', '-xdev', '-mount', '-print', '-print0', '-follow', '-ignore_readdir_race', '-noleaf', '-daystart', '-nowarn', '-warn']);
const NUMERIC_OPTIONS = new Set(['-maxdepth', '-mindepth']);

export interface FindCommand {
  starts: string[];
  execs: { action: string; argv: string[] }[];
  deletes: boolean;
  /** Whether a test (-name, -type, -mtime…) comes before -delete. */
  narrowed: boolean;
}

export function parseFind(args: readonly string[]): FindCommand {
  let i = 0;
  while (i < args.length && /^-[HLP]+$|^-D$|^-O\d*$/.test(args[i] as string)) i += args[i] === '-D' ? 2 : 1;
  const starts: string[] = [];
  while (i < args.length && !/^[-(!,]/.test(args[i] as string)) starts.push(args[i++] as string);
  const out: FindCommand = { starts: starts.length > 0 ? starts : ['.'], execs: [], deletes: false, narrowed: false };
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (EXEC_ACTIONS.has(arg)) {
      const argv: string[] = [];
      for (i++; i < args.length && args[i] !== ';' && args[i] !== '+'; i++) argv.push(args[i] as string);
      out.execs.push({ action: arg, argv });
      continue;
    }
    if (arg === '-delete') {
      out.deletes = true;
      continue;
    }
    if (NUMERIC_OPTIONS.has(arg)) {
      i++;
      continue;
    }
    if (!out.deletes && arg.startsWith('-') && !NON_TESTS.has(arg)) out.narrowed = true;
  }
  return out;
}

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
  if (find.deletes) findings.push(...judgeDelete(inv, find, index, recurse));
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
    rule: 'shell/unknown-operands',
    tool: 'find',
    resource,
    environment: unknownEnvironment('no rm or find rules are loaded to judge find -delete'),
    reason: `find -delete removes files under ${resource}; no loaded rule can judge it, so guard asks`,
    details: [inv.argv.join(' ')],
    warnings: [],
  };
}
