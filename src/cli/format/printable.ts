/**
 * Control characters (C0, DEL, C1) and the Unicode controls that reorder or hide text (bidi
 * embeddings, overrides and isolates, line and paragraph separators).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text from the input (file names, values) safe to print on a terminal or in a line-based
 * format: each control character becomes a visible escape (`\n`, `\u001b`), so that it can neither
 * drive the terminal nor start a line of its own.
 */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
