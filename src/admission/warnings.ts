/**
 * Warnings within the limits the API server applies before it sends them to the client as
 * `Warning: 299 - "<text>"` headers (spec/admission.md §2.9): empty texts are dropped,
 * identical texts are sent once, and once the headers would exceed 4096 characters every
 * warning is cut to 256 characters and those that still do not fit are dropped.
 */

const MAX_TOTAL = 4096;
const TRUNCATE_TO = 256;

/** The length of the warning header the API server would write for `text`. */
function headerLength(text: string): number {
  return `299 - "${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`.length;
}

/** `text` cut to `n` code points (never splitting a character). */
function cut(text: string, n: number): string {
  const points = Array.from(text);
  return points.length > n ? points.slice(0, n).join('') : text;
}

/**
 * The warnings the API server would pass on, in order.
 * @param warnings - the plugins' warnings, concatenated in plugin order
 */
export function limitWarnings(warnings: readonly string[]): string[] {
  const distinct = [...new Set(warnings.filter((w) => typeof w === 'string' && w !== ''))];
  const total = distinct.reduce((n, w) => n + headerLength(w), 0);
  if (total <= MAX_TOTAL) return distinct;
  const out: string[] = [];
  let written = 0;
  for (const w of distinct) {
    const short = cut(w, TRUNCATE_TO);
    if (written + headerLength(short) > MAX_TOTAL) continue;
    written += headerLength(short);
    out.push(short);
  }
  return out;
}
