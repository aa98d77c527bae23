// A hand-written pack (real parsing: aws's credential chain, gcloud's configurations) and the
// catalogue data for the same tool become one pack: the hand-written rules first, then the
// catalogue operations, each given its own parse. The catalogue part loads on first use.
import type { PrefilterSpec, Rule, RulePack } from '../rule.js';
import { lazyPack, type CatalogueEntry } from './lazy-pack.js';

interface Both {
  hand: unknown;
  data: unknown;
}

export function withCatalogue(hand: RulePack<any>, entry: CatalogueEntry): RulePack<Both> {
  const data = lazyPack(entry);
  let rules: Rule<Both>[] | undefined;
  const on = (rule: Rule<any>, part: keyof Both): Rule<Both> => ({
    ...rule,
    match: (p, ctx) => rule.match(p[part], ctx),
  });
  return {
    tool: hand.tool,
    commands: hand.commands,
    ...(hand.readsStdin ? { readsStdin: hand.readsStdin } : {}),
    get prefilter() {
      return mergePrefilters(hand.prefilter, data.prefilter);
    },
    get rules() {
      return (rules ??= [...hand.rules.map((r) => on(r, 'hand')), ...data.rules.map((r) => on(r, 'data'))]);
    },
    parse: (args, ctx, command) => ({ hand: hand.parse(args, ctx, command), data: data.parse(args, ctx, command) }),
    environment: (p, ctx) => hand.environment(p.hand, ctx),
  };
}

/** The full check runs when either pre-filter asks for it. */
function mergePrefilters(a: PrefilterSpec, b: PrefilterSpec): PrefilterSpec {
  if (a.always || b.always) return { always: true };
  const merged: PrefilterSpec = { ...b, ...a };
  for (const key of ['words', 'prefixes', 'suffixes', 'envVars', 'cwdPaths', 'markerFiles'] as const) {
    const union = [...new Set([...(a[key] ?? []), ...(b[key] ?? [])])];
    if (union.length > 0) merged[key] = union;
  }
  const chars = [...new Set(`${a.shortFlagChars ?? ''}${b.shortFlagChars ?? ''}`)].join('');
  if (chars) merged.shortFlagChars = chars;
  if (a.stdinNotTty || b.stdinNotTty) merged.stdinNotTty = true;
  if (a.pathOperands || b.pathOperands) merged.pathOperands = true;
  return merged;
}
