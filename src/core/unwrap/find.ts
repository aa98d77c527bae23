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
import { walkFind } from '../tools/find/walk-find.js';
import { commandName } from '../command-name.js';

/** Commands that only read what they are given: -exec of these needs no walk (find … -exec grep … {} +). */
const READ_ONLY = new Set([
  'grep',
  'egrep',
  'fgrep',
  'rg',
  'cat',
  'head',
  'tail',
  'wc',
  'ls',
  'stat',
  'file',
  'echo',
  'printf',
  'md5sum',
  'sha1sum',
  'sha256sum',
  'du',
  'basename',
  'dirname',
  'realpath',
  'readlink',
  'test',
  '[',
  'diff',
  'cmp',
  'jq',
]);

/** Found paths judged one by one; past this many, {} stands for "a path under START" as before. */
const MAX_JUDGED = 500;

export const findHandler: WrapperHandler = (inv, recurse, index) => {
  const find = parseFind(inv.argv.slice(1));
  const findings: Finding[] = [];
  // What the expression selects, when guard can walk it: each file -exec or -delete acts on is judged.
  const acts = find.deleteAt !== -1 || find.execs.some((e) => !READ_ONLY.has(commandName(e.argv[0] ?? '')));
  const walked = acts ? walkFind(inv.argv.slice(1), inv.ctx) : undefined;
  const found = walked !== undefined && walked.paths.length <= MAX_JUDGED ? walked.paths : undefined;
  for (const exec of find.execs) {
    if (exec.argv.length === 0) continue;
    // {} as "a path under START" first (what runs whatever is found); then, if that finds nothing, each file found now.
    const general = find.starts.flatMap((start) =>
      recurse(
        deeper(
          inv,
          exec.argv.map((a) => a.split('{}').join(posix.join(start, '{}'))),
        ),
      ),
    );
    findings.push(...general);
    if (general.length > 0 || found === undefined) continue;
    for (const { path } of found)
      findings.push(
        ...recurse(
          deeper(
            inv,
            exec.argv.map((a) => a.split('{}').join(path)),
          ),
        ).map(foundBy(exec.action)),
      );
  }
  // -delete removes the files it selects (and directories once empty): each judged as rm would judge it.
  if (find.deleteAt !== -1 && find.narrowed && found !== undefined && packFor(index, 'rm')) {
    for (const { path, directory } of found)
      findings.push(
        ...recurse(deeper(inv, directory ? ['rm', '-d', '--', path] : ['rm', '-f', '--', path])).map(
          foundBy('-delete'),
        ),
      );
  }
  if (packFor(index, 'find')) return [...findings, ...classifyLeaf(inv, index)];
  if (find.deleteAt !== -1) findings.push(...judgeDelete(inv, find, index, recurse));
  return findings;
};

function foundBy(action: string): (f: Finding) => Finding {
  return (f) => ({ ...f, details: [...f.details, `a file find selects now, which ${action} acts on`] });
}

/** Without a find pack: -delete of START (or of what a test selects under it) is judged as `rm -r`. */
function judgeDelete(
  inv: Invocation,
  find: FindCommand,
  index: PackIndex,
  recurse: (inv: Invocation) => Finding[],
): Finding[] {
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
