/**
 * Decoders for DER primitive values with Go `encoding/asn1` strictness. Each returns the value
 * or an error text; nothing throws.
 */
import { content, type Der, expectUniversal, structureError, syntaxError, TAG } from './der.js';

/** A decoded BIT STRING. */
export interface BitString {
  readonly bytes: Uint8Array;
  readonly bitLength: number;
}

/** INTEGER → bigint (minimal two's complement encoding required). */
export function derInteger(el: Der | undefined): bigint | string {
  const bad = expectUniversal(el, TAG.INTEGER);
  if (bad !== undefined || el === undefined) return bad ?? syntaxError('sequence truncated');
  return integerContent(content(el));
}

/** The bigint of INTEGER content octets. */
export function integerContent(c: Uint8Array): bigint | string {
  if (c.length === 0) return syntaxError('empty integer');
  const b0 = c[0] ?? 0;
  const b1 = c[1] ?? 0;
  if (c.length > 1 && ((b0 === 0 && b1 < 0x80) || (b0 === 0xff && b1 >= 0x80))) {
    return structureError('integer not minimally-encoded');
  }
  let v = 0n;
  for (const b of c) v = (v << 8n) | BigInt(b);
  return b0 & 0x80 ? v - (1n << BigInt(c.length * 8)) : v;
}

/** INTEGER that must fit a Go int64. */
export function derInt64(el: Der | undefined): bigint | string {
  const v = derInteger(el);
  if (typeof v === 'string') return v;
  return v >= -(2n ** 63n) && v < 2n ** 63n ? v : structureError('integer too large');
}

/** BOOLEAN (DER: exactly 0x00 or 0xff). */
export function derBoolean(el: Der | undefined): boolean | string {
  const bad = expectUniversal(el, TAG.BOOLEAN);
  if (bad !== undefined || el === undefined) return bad ?? syntaxError('sequence truncated');
  const c = content(el);
  if (c.length !== 1 || (c[0] !== 0 && c[0] !== 0xff)) return syntaxError('invalid boolean');
  return c[0] === 0xff;
}

/** OBJECT IDENTIFIER → dotted text. */
export function derOid(el: Der | undefined): string | { error: string } {
  const bad = expectUniversal(el, TAG.OID);
  if (bad !== undefined || el === undefined) return { error: bad ?? syntaxError('sequence truncated') };
  const c = content(el);
  if (c.length === 0) return { error: syntaxError('zero length OBJECT IDENTIFIER') };
  const arcs: number[] = [];
  for (let i = 0; i < c.length; ) {
    let v = 0;
    for (let n = 0; ; n++) {
      if (i >= c.length) return { error: syntaxError('truncated base 128 integer') };
      const b = c[i++] ?? 0;
      if (n === 0 && b === 0x80) return { error: syntaxError('integer is not minimally encoded') };
      if (n >= 5) return { error: structureError('base 128 integer too large') };
      v = v * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
    if (v > 0x7fffffff) return { error: structureError('base 128 integer too large') };
    if (arcs.length === 0) arcs.push(...(v < 80 ? [Math.floor(v / 40), v % 40] : [2, v - 80]));
    else arcs.push(v);
  }
  return arcs.join('.');
}

/** BIT STRING (padding bits must be zero). */
export function derBitString(el: Der | undefined): BitString | string {
  const bad = expectUniversal(el, TAG.BIT_STRING);
  if (bad !== undefined || el === undefined) return bad ?? syntaxError('sequence truncated');
  return bitStringContent(content(el));
}

/** A BIT STRING from its content octets. */
export function bitStringContent(c: Uint8Array): BitString | string {
  if (c.length === 0) return syntaxError('zero length BIT STRING');
  const pad = c[0] ?? 0;
  const last = c[c.length - 1] ?? 0;
  if (pad > 7 || (c.length === 1 && pad > 0) || (last & ((1 << pad) - 1)) !== 0) {
    return syntaxError('invalid padding bits in BIT STRING');
  }
  return { bytes: c.subarray(1), bitLength: (c.length - 1) * 8 - pad };
}

/** Whether every byte is 7-bit ASCII (IA5). */
export const isIA5 = (b: Uint8Array): boolean => b.every((x) => x < 0x80);
