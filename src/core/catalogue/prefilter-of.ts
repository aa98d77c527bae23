// The shim pre-filter of a catalogue tool, derived from its operations. An operation needs every
// word of its command path, so one literal word (or a `*` pattern's prefix) is enough to send the
// call to the full check; an operation without a path is tripped by its flags or listed arguments.
// One that has none of those, or carries SQL, makes the pre-filter always ask.
import type { PrefilterSpec } from '../rule.js';
import { list } from './match-operation.js';
import type { OperationSpec } from './operation-spec.js';
import { globPrefixesOf, literalsOf } from './word-pattern.js';

export function prefilterOf(specs: readonly OperationSpec[]): PrefilterSpec {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  let shorts = '';
  for (const spec of specs) {
    if (spec.sql) return { always: true };
    const path = spec.when.args ?? [];
    const pathWords = path.flatMap(literalsOf);
    const pathPrefixes = path.flatMap(globPrefixesOf).filter((p) => p !== '');
    if (pathWords.length > 0 || pathPrefixes.length > 0) {
      pathWords.forEach((w) => words.add(w));
      pathPrefixes.forEach((p) => prefixes.add(p));
      continue;
    }
    const flags = (spec.when.flags ?? []).flatMap((f) => list<string>(f));
    const args = spec.when.anyArg ?? [];
    if (flags.length === 0 && args.length === 0) return { always: true };
    for (const flag of flags) {
      if (/^-[^-]$/.test(flag)) shorts += flag[1];
      else [flag.replace(/^-+/, '-'), flag.replace(/^-+/, '--')].forEach((p) => prefixes.add(p));
    }
    for (const arg of args) {
      if (arg.includes('*')) prefixes.add(arg.slice(0, arg.indexOf('*')));
      else words.add(arg);
    }
    if (prefixes.has('')) return { always: true };
  }
  return { words: [...words], prefixes: [...prefixes], ...(shorts ? { shortFlagChars: shorts } : {}) };
}
