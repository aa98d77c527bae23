// Custom rules are data in the same shape as the built-in catalogue (src/core/catalogue/), compiled
// by the same matcher into ordinary RulePacks, one per (config file, tool), so the classifier and verifier treat them like built-ins.
import { concreteOperations } from '../catalogue/count-operations.js';
import { mergedOptionSpecs, operationMatcher, parseWith } from '../catalogue/match-operation.js';
import { exceptionLines, operationRuleText, toExample, withUndo } from '../catalogue/rule-text.js';
import { unknownEnvironment } from '../environment.js';
import type { Rule, RulePack } from '../rule.js';
import type { DefinedRule } from './merge-layers.js';
import type { CustomRuleSpec } from './schema.js';

type Args = readonly string[];

export function toolOf(spec: CustomRuleSpec): string {
  return spec.tool ?? (spec.id.split('/')[0] as string);
}

/** Groups the rules by file and tool, one pack each; `source` is the file. */
export function compileCustomRules(defined: readonly DefinedRule[]): RulePack<Args>[] {
  const packs = new Map<string, RulePack<Args>>();
  for (const { spec, file } of defined) {
    const tool = toolOf(spec);
    const key = `${file}\0${tool}`;
    let pack = packs.get(key);
    if (!pack) {
      pack = {
        tool,
        source: file,
        commands: [],
        prefilter: { always: true },
        parse: (args) => args,
        // Every custom rule names its own environment (RuleMatch.environment).
        environment: () => unknownEnvironment('custom rule without an environment spec'),
        rules: [],
      };
      packs.set(key, pack);
    }
    for (const command of spec.commands ?? [tool]) if (!pack.commands.includes(command)) pack.commands.push(command);
    pack.rules.push(compileRule(spec));
  }
  return [...packs.values()];
}

function compileRule(spec: CustomRuleSpec): Rule<Args> {
  const options = mergedOptionSpecs([spec]);
  const matcher = operationMatcher(spec);
  return {
    ...operationRuleText(spec),
    operations: concreteOperations(spec),
    exceptions: exceptionLines(spec),
    match: (args, ctx) => withUndo(matcher(args, parseWith(options, spec.style, args), ctx), spec.undo),
    examples: { destructive: spec.examples.destructive.map(toExample), benign: spec.examples.benign.map(toExample) },
  };
}
