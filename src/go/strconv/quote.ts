// Go: strconv (Go 1.26) — Quote.
/** Printable ASCII other than `"` and `\`: quoted as is. */
const PLAIN_ASCII = /^[ !#-[\]-~]*$/;
/** Go's `unicode.IsPrint` apart from the ASCII space: letters, marks, numbers, punctuation, symbols. */
const GRAPHIC = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/**
 * Go's `strconv.Quote`: printable characters as is, the rest as `\n`, `\x01`, `\u00a0` or
 * `\U000e0001`. Printability follows the runtime's Unicode tables (Go 1.26 uses Unicode 15.0).
 * @param s - the text to quote
 */
export function goQuote(s: string): string {
  if (PLAIN_ASCII.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (cp >= 0xd800 && cp <= 0xdfff)
      out += '\ufffd'; // a lone surrogate: Go's JSON decoder reads it as U+FFFD
    else if (ch === ' ' || GRAPHIC.test(ch)) out += ch;
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x10000) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return `${out}"`;
}
