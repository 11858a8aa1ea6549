/**
 * Go-style durations for flags (`168h`, `1h30m`, `500ms`, `32s`), parsed without regexes.
 */

const UNITS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds of a Go duration string, or undefined when it is not one. `0` alone is allowed. */
export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0;
  let total = 0;
  let i = 0;
  if (text.length === 0) return undefined;
  while (i < text.length) {
    let j = i;
    while (j < text.length && (((text[j] ?? '') >= '0' && (text[j] ?? '') <= '9') || text[j] === '.')) j++;
    const number = Number(text.slice(i, j));
    if (j === i || !Number.isFinite(number)) return undefined;
    let k = j;
    while (k < text.length && !((text[k] ?? '') >= '0' && (text[k] ?? '') <= '9') && text[k] !== '.') k++;
    const unit = UNITS[text.slice(j, k)];
    if (unit === undefined) return undefined;
    total += number * unit;
    i = k;
  }
  return total;
}
