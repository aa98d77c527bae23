// Puts built-in and custom packs together: custom rules must not reuse an id and must pass
// their own examples; allowances and disabled rules must name a rule that exists.
import type { RulePack } from '../rule.js';
import { verifyPacks } from '../rule-tester.js';
import type { GuardConfig } from '../types.js';
import { compileCustomRules } from './custom-rules.js';
import type { MergedConfig } from './merge-layers.js';
import type { ConfigProblem } from './problem.js';

export interface ActiveRules {
  packs: RulePack<any>[];
  problems: ConfigProblem[];
  /** Rule ids switched off by the user config, with the file. */
  disabled: { rule: string; file: string }[];
}

export function activeRules(builtin: readonly RulePack<any>[], merged: MergedConfig): ActiveRules {
  const problems: ConfigProblem[] = [];
  // Listing every id loads every catalogue tool's data: only a config that names rules pays for it.
  const namesRules = merged.rules.length + merged.allowances.length + merged.disabled.length > 0;
  const builtinIds = new Set(namesRules ? builtin.flatMap((p) => p.rules.map((r) => r.id)) : []);
  const seen = new Map<string, string>();
  const accepted = merged.rules.filter(({ spec, file, layer, index }) => {
    const clash = builtinIds.has(spec.id) ? 'a built-in rule' : seen.get(spec.id);
    if (clash)
      problems.push({
        file,
        layer,
        key: `rules[${index}].id`,
        message: `"${spec.id}" is already used by ${clash}; custom rules add rules and may not replace one`,
      });
    seen.set(spec.id, file);
    return !clash;
  });
  const custom = compileCustomRules(accepted);
  problems.push(...exampleProblems(custom, [...builtin, ...custom], merged));
  problems.push(...referenceProblems(new Set([...builtinIds, ...seen.keys()]), merged));
  // A config with any problem never loosens: disabling applies only to a clean config.
  const disabled = problems.length === 0 && merged.problems.length === 0 ? merged.disabled : [];
  const disabledIds = new Set(disabled.map((d) => d.rule));
  const kept =
    disabledIds.size === 0
      ? [...builtin]
      : builtin.map((p) =>
          p.rules.some((r) => disabledIds.has(r.id))
            ? { ...p, rules: p.rules.filter((r) => !disabledIds.has(r.id)) }
            : p,
        );
  return { packs: [...kept, ...custom], problems, disabled };
}

/** A custom rule whose own examples fail is refused at load time: an untested rule is a silent gap. */
function exampleProblems(
  custom: readonly RulePack<any>[],
  all: readonly RulePack<any>[],
  merged: MergedConfig,
): ConfigProblem[] {
  const config: GuardConfig = merged.config;
  const report = verifyPacks(custom, all, config);
  return report.problems.map((p) => {
    const defined = merged.rules.find((r) => r.spec.id === p.rule);
    return {
      file: defined?.file ?? '(config)',
      layer: defined?.layer ?? 'project',
      key: defined ? `rules[${defined.index}].examples` : 'rules',
      message: `${p.rule}: ${p.kind}${p.example ? ` example \`${p.example}\`` : ''}: ${p.message}`,
    };
  });
}

function referenceProblems(ids: ReadonlySet<string>, merged: MergedConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  merged.allowances.forEach((a, i) => {
    if (!ids.has(a.rule))
      problems.push({
        file: a.file,
        layer: 'user',
        key: `allow[${i}].rule`,
        message: `no active rule has the id "${a.rule}" (see \`guard rules list\`)`,
      });
  });
  merged.disabled.forEach((d, i) => {
    if (!ids.has(d.rule))
      problems.push({
        file: d.file,
        layer: 'user',
        key: `disable[${i}]`,
        message: `no active rule has the id "${d.rule}" (see \`guard rules list\`)`,
      });
  });
  return problems;
}
