import { definePack } from '../src/core/rule.js';
import { localEnvironment } from '../src/core/environment.js';
import { classifyTarget, placesOf } from '../src/core/tools/rm/classify-target.js';
import { resolveOperand } from '../src/core/tools/rm/resolve-operand.js';
import { deletingAction, parseFind, type FindCommand } from '../src/core/tools/find/parse-find.js';

const PROJECT = '/home/user/project';

export const findPack = definePack<FindCommand>({
  tool: 'find',
  commands: ['find'],
  prefilter: { words: ['-delete', '-exec', '-execdir', '-ok', '-okdir'] },
  parse: (args) => parseFind(args),
  environment: (_p, ctx) => localEnvironment(ctx),
  rules: [
    {
      id: 'find/delete-protected-tree',
      summary:
        'find -delete / -exec rm without a name filter, from a start path rm -r would refuse (/, system dirs, $HOME, a repository, outside the project)',
      message: 'Deletes everything find reaches under {{resource}} on {{environment}}.',
      rationale:
        'With no name or path test before the action (or the action placed before the tests), find deletes every file it walks; starting from /, $HOME or the repository root that is everything there.',
      safer:
        'Run the same find with -print instead of -delete, add -name/-path tests before the action, or start from a narrower directory.',
      match: (p, ctx) => {
        const action = deletingAction(p);
        if (!action) return null;
        const unfiltered = p.firstFilterAt === -1 || p.firstFilterAt > action.at;
        if (!unfiltered) return null;
        // Deleting everything under a start path is a recursive removal: judged exactly as rm -r judges it.
        const places = placesOf(ctx);
        const matches = p.starts.flatMap((start) => {
          const target = resolveOperand(start, ctx);
          const danger = classifyTarget(target, true, places, ctx);
          return danger
            ? [
                {
                  resource: target.display,
                  details: [`${start}: ${danger.why} (as rm/${danger.kind})`, `action: ${action.action}`],
                },
              ]
            : [];
        });
        return matches.length > 0 ? matches : null;
      },
      examples: {
        destructive: [
          { argv: ['find', '/', '-delete'], resource: '/', environment: 'local' },
          {
            argv: ['find', '.', '-delete'],
            resource: PROJECT,
            environment: 'local',
            note: 'cwd is the repository root',
          },
          {
            argv: ['find', '/home/user', '-exec', 'rm', '-rf', '{}', '+'],
            resource: '/home/user',
            environment: 'local',
          },
          {
            argv: ['find', '/etc', '-type', 'f', '-delete', '-name', '*.conf'],
            resource: '/etc',
            environment: 'local',
            note: '-delete before -name deletes everything',
          },
          {
            argv: ['find', '-L', '.git', '-execdir', '/bin/rm', '{}', ';'],
            resource: `${PROJECT}/.git`,
            environment: 'local',
          },
          {
            argv: ['find', '../other-repo', '-ok', 'rm', '{}', ';'],
            dirs: ['/home/user/other-repo'],
            resource: '/home/user/other-repo',
            environment: 'local',
            note: 'outside the project, as rm -r would judge it',
          },
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
