import { exampleContext } from '../../src/core/example-context.js';
import type { PackIndex } from '../../src/core/classify.js';
import { analyseLine } from '../../src/core/shell/analyse-line.js';
import type { RuleExample } from '../../src/core/rule.js';
import { fakeIndex } from './fake-packs.js';

export type World = Omit<RuleExample, 'argv'>;

/** `rule resource@environment` for each finding of a line, judged in the example fixture world. */
export function judge(line: string, world: World = {}, index: PackIndex = fakeIndex): string[] {
  const ctx = exampleContext({ argv: [], ...world });
  return analyseLine(line, ctx, index).map((f) => `${f.rule} ${f.resource}@${f.environment.name}`);
}
