// Go: time (Go 1.26) — Parse with layout RFC3339, as metav1.Time's UnmarshalJSON calls it (the instant only).
/** Timestamps as the webhook decodes `metav1.Time` fields: the instant, at nanosecond precision. */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Seconds since the epoch of an RFC 3339 timestamp (fraction dropped), or undefined. */
export function rfc3339Seconds(s: string): number | undefined {
  const m = RFC3339.exec(s);
  if (m === null) return undefined;
  const n = (i: number) => Number(m[i] ?? '0');
  const t = new Date(0);
  t.setUTCFullYear(n(1), n(2) - 1, n(3)); // not Date.UTC, which reads years 0-99 as 1900-1999
  t.setUTCHours(n(4), n(5), n(6), 0);
  const base = t.getTime() / 1000;
  const offset = m[8] === undefined ? 0 : (m[8] === '-' ? -1 : 1) * (n(9) * 3600 + n(10) * 60);
  return base - offset;
}

/**
 * The instant of an RFC 3339 timestamp at the precision Go's parser keeps (nanoseconds: a
 * fraction is kept, digits past the ninth dropped), as a comparable key; undefined when it is not
 * RFC 3339.
 */
export function rfc3339Instant(s: string): string | undefined {
  const seconds = rfc3339Seconds(s);
  if (seconds === undefined) return undefined;
  const fraction = RFC3339.exec(s)?.[7] ?? '';
  return `${seconds}.${fraction.slice(0, 9).padEnd(9, '0')}`;
}
