/**
 * golang.org/x/crypto/cryptobyte (as vendored in Go 1.26): `String.ReadASN1` and the INTEGER and
 * OBJECT IDENTIFIER readers Go's crypto/x509 uses on key and signature bytes. Each reads one
 * element from the front of the input and hands back the rest; `undefined` is cryptobyte's `false`.
 */
import { checkIntegerContent, unsignedBig } from './values.js';

/** One element read from the front of a byte string. */
export interface Read<T> {
  readonly value: T;
  readonly rest: Uint8Array;
}

/** ReadASN1: an element whose identifier octet is `tag` (a single octet; high tag numbers are refused). */
export function readAsn1(s: Uint8Array, tag: number): Read<Uint8Array> | undefined {
  if (s.length < 2) return undefined;
  const t = s[0] as number;
  const l0 = s[1] as number;
  if ((t & 0x1f) === 0x1f || t !== tag) return undefined;
  let length: number;
  let header: number;
  if ((l0 & 0x80) === 0) {
    length = l0;
    header = 2;
  } else {
    const lenLen = l0 & 0x7f;
    if (lenLen === 0 || lenLen > 4 || s.length < 2 + lenLen) return undefined;
    length = 0;
    for (let i = 0; i < lenLen; i++) length = length * 256 + (s[2 + i] as number);
    if (length < 128 || s[2] === 0) return undefined;
    header = 2 + lenLen;
  }
  if (header + length > s.length) return undefined;
  return { value: s.subarray(header, header + length), rest: s.subarray(header + length) };
}

/** The identifier octets cryptobyte's callers here use. */
export const CB = { INTEGER: 0x02, OID: 0x06, SEQUENCE: 0x30 } as const;

/** ReadASN1Integer into a *big.Int (negative values allowed). */
export function readBigInt(s: Uint8Array): Read<bigint> | undefined {
  const r = readAsn1(s, CB.INTEGER);
  if (r === undefined || checkIntegerContent(r.value) !== undefined) return undefined;
  const v = unsignedBig(r.value);
  return { value: (r.value[0] as number) & 0x80 ? v - (1n << BigInt(r.value.length * 8)) : v, rest: r.rest };
}

/** ReadASN1Integer into an int64 (at most 8 content octets). */
export function readInt64(s: Uint8Array): Read<bigint> | undefined {
  const r = readAsn1(s, CB.INTEGER);
  if (r === undefined || r.value.length > 8) return undefined;
  return readBigInt(s);
}

/** ReadASN1Integer into a []byte: non-negative, leading zero octets removed. */
export function readUnsignedBytes(s: Uint8Array): Read<Uint8Array> | undefined {
  const r = readAsn1(s, CB.INTEGER);
  if (r === undefined || checkIntegerContent(r.value) !== undefined || (r.value[0] as number) & 0x80) return undefined;
  let v = r.value;
  while (v.length > 1 && v[0] === 0) v = v.subarray(1);
  return { value: v, rest: r.rest };
}

/** ReadASN1ObjectIdentifier → dotted text. */
export function readOid(s: Uint8Array): Read<string> | undefined {
  const r = readAsn1(s, CB.OID);
  if (r === undefined || r.value.length === 0) return undefined;
  const arcs: number[] = [];
  const c = r.value;
  for (let i = 0; i < c.length; ) {
    let v = 0;
    for (let n = 0; ; n++) {
      if (i >= c.length || n === 5 || v >= 2 ** 24) return undefined;
      const b = c[i++] as number;
      if (n === 0 && b === 0x80) return undefined;
      v = v * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
    if (arcs.length === 0) arcs.push(...(v < 80 ? [Math.floor(v / 40), v % 40] : [2, v - 80]));
    else arcs.push(v);
  }
  return { value: arcs.join('.'), rest: r.rest };
}
