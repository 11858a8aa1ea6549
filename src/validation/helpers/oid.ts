/**
 * H-OID: object identifier text as cert-manager parses it: split on `.`, every arc read with
 * Go's `strconv.Atoi` (optional `+`/`-`, then ASCII digits, within signed 64 bits). So a single
 * arc (`1`), negative arcs (`1.-2`) and leading zeros are accepted; empty arcs are not.
 */

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

/**
 * Parses an OID into its arcs, or undefined when it is not valid per H-OID.
 * @param s - dotted text such as `1.3.6.1.4.1.311.20.2.3`
 */
export function parseOid(s: string): bigint[] | undefined {
  if (s === '') return undefined;
  const arcs: bigint[] = [];
  for (const part of s.split('.')) {
    const v = goAtoi(part);
    if (v === undefined) return undefined;
    arcs.push(v);
  }
  return arcs;
}

/** H-OID as a predicate. */
export const isOid = (s: string): boolean => parseOid(s) !== undefined;

/** True when two parsed OIDs have the same arcs. */
export const oidEquals = (a: readonly bigint[], b: readonly bigint[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
