import type { Rule, RuleExample } from '../../src/core/rule.js';
import { localEnvironment } from '../../src/core/environment.js';
import { detailsOf, targetsOfKind, warningsOf, type RmAnalysis } from '../../src/core/tools/rm/analyse-rm.js';
import type { DangerKind } from '../../src/core/tools/rm/classify-target.js';

export interface RmRuleText {
  summary: string;
  message: string;
  rationale: string;
  safer: string;
  examples: { destructive: RuleExample[]; benign: RuleExample[] };
}

/** Every rm rule picks the targets the analysis judged to be of its kind; the target is this machine. */
export function rmRule(kind: DangerKind, text: RmRuleText): Rule<RmAnalysis> {
  return {
    id: `rm/${kind}`,
    ...text,
    match: (analysis, ctx) =>
      targetsOfKind(analysis, kind).map((judged) => ({
        resource: judged.target.display,
        environment: localEnvironment(ctx),
        details: detailsOf(judged, analysis.options),
        warnings: warningsOf(analysis.options),
      })),
  };
}

/** A project directory that looks like a real one (so `node_modules dist …` is not every entry). */
export const PROJECT_FILES: Record<string, string> = {
  '/home/user/project/package.json': '{}',
  '/home/user/project/src/index.ts': '',
  '/home/user/project/node_modules/left-pad/index.js': '',
  '/home/user/project/dist/index.js': '',
  '/home/user/project/build/out.o': '',
  '/home/user/project/coverage/lcov.info': '',
};
