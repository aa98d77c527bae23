// A few shape predicates for the quick check of config data (quick-check.ts): each says only
// "certainly valid as it is", never why not. Anything they reject goes to the zod schema, which
// says why; so a predicate may be stricter than the schema, never looser.

export type Check = (value: unknown) => boolean;

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string the schema's `.trim().min(1)` keeps as it is (no surrounding blanks to strip). */
export const text: Check = (v) => typeof v === 'string' && v.length > 0 && v === v.trim();
export const string: Check = (v) => typeof v === 'string';
export const boolean: Check = (v) => typeof v === 'boolean';
export const matches =
  (pattern: RegExp): Check =>
  (v) =>
    typeof v === 'string' && pattern.test(v);
export const oneOf =
  (options: readonly unknown[]): Check =>
  (v) =>
    options.includes(v);
export const int =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
export const list =
  (item: Check, min = 0): Check =>
  (v) =>
    Array.isArray(v) && v.length >= min && v.every(item);
export const alternatives =
  (...checks: Check[]): Check =>
  (v) =>
    checks.some((check) => check(v));

/** A strict object: every own key known, every required key present, every value passing its check. */
export function object(fields: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (v) => {
    if (!isPlain(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
    for (const key of Object.keys(fields)) if (!Object.hasOwn(v, key)) return false;
    return Object.keys(v).every(
      (key) =>
        (Object.hasOwn(fields, key) ? fields[key]! : Object.hasOwn(optional, key) ? optional[key]! : undefined)?.(
          v[key],
        ) === true,
    );
  };
}

/** An object whose keys pass `key` and values pass `value`. */
export const record =
  (key: Check, value: Check): Check =>
  (v) =>
    isPlain(v) &&
    Object.getPrototypeOf(v) === Object.prototype &&
    Object.entries(v).every(([k, item]) => key(k) && value(item));
