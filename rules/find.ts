import { definePack } from '../src/core/rule.js';
import { commandName } from '../src/core/command-name.js';
import { localEnvironment } from '../src/core/environment.js';
import { classifyTarget, placesOf } from '../src/core/tools/rm/classify-target.js';
import { resolveOperand } from '../src/core/tools/rm/resolve-operand.js';

interface FindParsed {
  starts: string[];
  /** The deleting action (`-delete` or `-exec rm …`), if any. */
  action?: string;
  /** Index in the expression of the deleting action. */
  actionAt: number;
  /** Index of the first name/path test, if any. */
  firstFilterAt: number;
}

const EXEC = new Set(['-exec', '-execdir', '-ok', '-okdir']);
const DELETERS = new Set(['rm', 'shred', 'unlink']);
const FILTERS = new Set(['-name', '-iname', '-path', '-ipath', '-wholename', '-iwholename', '-regex', '-iregex', '-newer', '-mtime', '-mmin', '-atime', '-ctime', '-size', '-user', '-empty', '-inum', '-samefile']);

function parseFind(args: readonly string[]): FindParsed {
  let i = 0;
  while (i < args.length && /^-[HLP]$|^-D$|^-O\d*$/.test(args[i] as string)) i += args[i] === '-D' ? 2 : 1;
  const starts: string[] = [];
  while (i < args.length && !/^[-(!]/.test(args[i] as string)) starts.push(args[i++] as string);
  const expr = args.slice(i);
  const result: FindParsed = { starts: starts.length > 0 ? starts : ['.'], actionAt: -1, firstFilterAt: -1 };
  for (let k = 0; k < expr.length; k++) {
    const word = expr[k] as string;
    if (FILTERS.has(word) && result.firstFilterAt === -1) result.firstFilterAt = k;
    if (result.action) continue;
    if (word === '-delete') [result.action, result.actionAt] = ['-delete', k];
    else if (EXEC.has(word) && DELETERS.has(commandName(expr[k + 1] ?? ''))) [result.action, result.actionAt] = [`${word} ${expr[k + 1]}`, k];
  }
  return result;
}

const PROJECT = '/home/user/project';

export const findPack = definePack<FindParsed>({
  tool: 'find',
  commands: ['find'],
  prefilter: { words: ['-delete', '-exec', '-execdir', '-ok', '-okdir'] },
  parse: (args) => parseFind(args),
  environment: (_p, ctx) => localEnvironment(ctx),
  rules: [
    {
      id: 'find/delete-protected-tree',
      summary: 'find -delete / -exec rm without a name filter, from a start path rm -r would refuse (/, system dirs, $HOME, a repository, outside the project)',
      message: 'Deletes everything find reaches under {{resource}} on {{environment}}.',
      rationale: 'With no name or path test before the action (or the action placed before the tests), find deletes every file it walks; starting from /, $HOME or the repository root that is everything there.',
      safer: 'Run the same find with -print instead of -delete, add -name/-path tests before the action, or start from a narrower directory.',
      match: (p, ctx) => {
        if (!p.action) return null;
        const unfiltered = p.firstFilterAt === -1 || p.firstFilterAt > p.actionAt;
        if (!unfiltered) return null;
        // Deleting everything under a start path is a recursive removal: judged exactly as rm -r judges it.
        const places = placesOf(ctx);
        const matches = p.starts.flatMap((start) => {
          const target = resolveOperand(start, ctx);
          const danger = classifyTarget(target, true, places, ctx);
          return danger ? [{ resource: target.display, details: [`${start}: ${danger.why} (as rm/${danger.kind})`, `action: ${p.action}`] }] : [];
        });
        return matches.length > 0 ? matches : null;
      },
      examples: {
        destructive: [
          { argv: ['find', '/', '-delete'], resource: '/', environment: 'local' },
          { argv: ['find', '.', '-delete'], resource: PROJECT, environment: 'local', note: 'cwd is the repository root' },
          { argv: ['find', '/home/user', '-exec', 'rm', '-rf', '{}', '+'], resource: '/home/user', environment: 'local' },
          { argv: ['find', '/etc', '-type', 'f', '-delete', '-name', '*.conf'], resource: '/etc', environment: 'local', note: '-delete before -name deletes everything' },
          { argv: ['find', '-L', '.git', '-execdir', '/bin/rm', '{}', ';'], resource: `${PROJECT}/.git`, environment: 'local' },
          { argv: ['find', '../other-repo', '-ok', 'rm', '{}', ';'], dirs: ['/home/user/other-repo'], resource: '/home/user/other-repo', environment: 'local', note: 'outside the project, as rm -r would judge it' },
        ],
        benign: [
          { argv: ['find', '.', '-name', '*.pyc', '-delete'] },
          { argv: ['find', '/', '-name', 'core', '-print'] },
          { argv: ['find', '/tmp/build', '-delete'], dirs: ['/tmp/build'] },
          { argv: ['find', '.', '-exec', 'grep', '-l', 'rm', '{}', '+'] },
        ],
      },
    },
  ],
});
