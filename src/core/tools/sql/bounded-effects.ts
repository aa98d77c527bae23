// Findings of one command, kept bounded: a script of 10⁵ statements with the same effect on the same
// resource (or 10⁵ statements the parser has not been loaded for yet) must not hold 10⁵ findings. The
// first few of each kind, resource and connection are kept; the rest are counted on the last one kept.

/** How many effects of one kind on one resource (and connection) are kept with their own place. */
export const SAME_EFFECT_KEPT = 3;

interface Tally<E> {
  kept: number;
  more: number;
  last: E;
}

/**
 * Returns `add(effect, key)`: pushes onto `effects` unless SAME_EFFECT_KEPT with the same key are
 * there already, in which case `note(last kept, how many more)` rewrites the last kept one's text.
 */
export function boundedPush<E>(effects: E[], note: (last: E, more: number) => void): (effect: E, key: string) => void {
  const tallies = new Map<string, Tally<E>>();
  return (effect, key) => {
    const tally = tallies.get(key);
    if (!tally) {
      tallies.set(key, { kept: 1, more: 0, last: effect });
      effects.push(effect);
    } else if (tally.kept < SAME_EFFECT_KEPT) {
      tally.kept++;
      tally.last = effect;
      effects.push(effect);
    } else {
      tally.more++;
      note(tally.last, tally.more);
    }
  };
}

const MORE = /^and \d+ more statements? with the same effect after it$/;

/** Details with the count of the same effects not kept ("and N more statements …") as the last one. */
export function withMore(details: readonly string[], more: number): string[] {
  return [
    ...details.filter((d) => !MORE.test(d)),
    `and ${more} more statement${more === 1 ? '' : 's'} with the same effect after it`,
  ];
}

interface LocatedSqlEffect {
  kind: string;
  resource: string;
  details: string[];
  environment?: { name: string; evidence: readonly { detail: string }[] };
}

/** An adder of SQL effects to a command's list, bounded per kind, resource and connection (see boundedPush). */
export function sqlEffectAdder<E extends LocatedSqlEffect>(effects: E[]): (effect: E) => void {
  const push = boundedPush<E>(effects, (last, more) => void (last.details = withMore(last.details, more)));
  return (effect) => {
    const env = effect.environment;
    push(effect, `${effect.kind}\0${effect.resource}\0${env ? `${env.name}\0${env.evidence[0]?.detail ?? ''}` : ''}`);
  };
}
