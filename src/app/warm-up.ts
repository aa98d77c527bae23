import { builtinPacks } from '../../rules/index.js';
import { indexPacks } from '../core/classify.js';
import { shellQuote } from '../core/display.js';
import { exampleContext } from '../core/example-context.js';
import { classifyShellLine } from '../core/shell/classify-line.js';
import { classifyCommand } from '../core/unwrap/classify-command.js';
import type { RuleExample } from '../core/rule.js';

/**
 * Build time only (scripts/cache-shim.cjs): classifies every rule example, as an argv and as a shell
 * line, in the examples' in-memory world, so that V8's code cache written afterwards holds the bytecode
 * of the functions a real check compiles; a check then skips that compiling. No files, no output.
 */
export function warmUpClassifier(examples: readonly RuleExample[]): number {
  const index = indexPacks(builtinPacks);
  for (const example of examples) {
    classifyCommand(example.argv, exampleContext(example), index);
    classifyShellLine(`cd /tmp && ${shellQuote(example.argv)} | cat`, exampleContext(example), index);
  }
  return examples.length;
}

/** Every example of every rule (a bundle without examples gets them from tsc's output instead). */
export function examplesOf(packs: typeof builtinPacks): RuleExample[] {
  return packs.flatMap((pack) => pack.rules.flatMap((rule) => [...rule.examples.destructive, ...rule.examples.benign]));
}
