/**
 * H-OID: object identifier text as cert-manager parses it: split on `.`, every arc read with
 * Go's `strconv.Atoi` (optional `+`/`-`, then ASCII digits, within signed 64 bits). So a single
 * arc (`1`), negative arcs (`1.-2`) and leading zeros are accepted; empty arcs are not.
 */
import { goAtoi } from '../../go/strconv/atoi.js';

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
