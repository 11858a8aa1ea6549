// Go: strconv (Go 1.26) — Atoi (64-bit int).

const MIN_INT64 = -(1n << 63n);
const MAX_INT64 = (1n << 63n) - 1n;

/** Go's `strconv.Atoi` on a 64-bit platform; undefined when Go would return an error. */
export function goAtoi(s: string): bigint | undefined {
  let i = 0;
  if (s[0] === '+' || s[0] === '-') i = 1;
  if (i === s.length) return undefined;
  for (let j = i; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c < 48 || c > 57) return undefined;
  }
  let start = i;
  while (start < s.length - 1 && s[start] === '0') start++;
  if (s.length - start > 19) return undefined; // beyond 64 bits whatever the digits
  const v = BigInt(s.slice(start));
  const signed = s[0] === '-' ? -v : v;
  return signed < MIN_INT64 || signed > MAX_INT64 ? undefined : signed;
}
