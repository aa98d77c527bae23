/**
 * Makes untrusted text safe to print: control characters (ANSI escapes, newlines, NUL, bidi and
 * zero-width marks) are shown as escapes so a crafted resource name cannot repaint the panel.
 */
export function displaySafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) {
      out += code === 0x0a ? '\\n' : code === 0x09 ? '\\t' : `\\x${code.toString(16).padStart(2, '0')}`;
    } else if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff) {
      out += `\\u{${code.toString(16)}}`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Quotes argv for display the way a POSIX shell would accept it back. */
export function shellQuote(argv: readonly string[]): string {
  return argv.map((a) => (a !== '' && /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).map(displaySafe).join(' ');
}
