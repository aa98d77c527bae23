/**
 * Makes untrusted text safe to print: control characters (ANSI escapes, newlines, NUL, C1 codes),
 * format characters (bidi overrides, zero-width marks, tag characters), line/paragraph separators
 * and lone surrogates are shown as escapes, so a crafted resource name cannot repaint the panel
 * or hide what it names.
 */
export function displaySafe(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.codePointAt(0) as number;
    if (code === 0x0a) return '\\n';
    if (code === 0x09) return '\\t';
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

// Cc: C0/C1 controls and DEL; Cf: format (bidi, zero-width, tags); Zl/Zp: U+2028/U+2029; lone surrogates.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Quotes argv for display the way a POSIX shell would accept it back. */
export function shellQuote(argv: readonly string[]): string {
  return argv
    .map((a) => (a !== '' && /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
    .map(displaySafe)
    .join(' ');
}
