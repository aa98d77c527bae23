// Folding of look-alike characters in command names, so that `rм`, `r\u200dm` or `ｒｍ` reach the
// rules of `rm`. Stricter only: a folded name can add a confirmation, never remove one.

/** Cyrillic and Greek letters that render like Latin ones in common fonts (after Unicode's confusables list). */
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  г: 'r',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  п: 'n',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  һ: 'h',
  ԁ: 'd',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  υ: 'u',
  τ: 't',
  ε: 'e',
  ϲ: 'c',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ɡ: 'g',
  ı: 'i',
  ȷ: 'j',
  ℓ: 'l',
};

/** Invisible format characters (zero-width joiners, bidi marks, tags) and soft hyphens. */
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0]/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** The ASCII name a look-alike spelling stands for; ASCII names are returned unchanged (the fast path). */
export function foldLookalikes(name: string): string {
  if (!NON_ASCII.test(name)) return name;
  const visible = name.replace(INVISIBLE, '').normalize('NFKC');
  let out = '';
  for (const ch of visible) out += CONFUSABLES[ch] ?? ch;
  return out;
}
