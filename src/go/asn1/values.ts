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

/** Go's checkInteger: INTEGER content must be non-empty and minimally encoded. */
export function checkIntegerContent(c: Uint8Array): string | undefined {
  if (c.length === 0) return structureError('empty integer');
  const b0 = c[0] ?? 0;
  const b1 = c[1] ?? 0;
  if (c.length > 1 && ((b0 === 0 && b1 < 0x80) || (b0 === 0xff && b1 >= 0x80))) {
    return structureError('integer not minimally-encoded');
  }
  return undefined;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Big-endian unsigned bytes as a bigint, in time linear in their length (one hex parse). */
export function unsignedBig(c: Uint8Array): bigint {
  if (c.length === 0) return 0n;
  let hex = '';
  for (const b of c) hex += HEX[b];
  return BigInt(`0x${hex}`);
}

/** The bigint of INTEGER content octets (minimal two's complement encoding required); linear time. */
export function integerContent(c: Uint8Array): bigint | string {
  const bad = checkIntegerContent(c);
  if (bad !== undefined) return bad;
  const v = unsignedBig(c);
  return (c[0] ?? 0) & 0x80 ? v - (1n << BigInt(c.length * 8)) : v;
}

/** INTEGER that must fit a Go int64. */
export function derInt64(el: Der | undefined): bigint | string {
  const bad = expectUniversal(el, TAG.INTEGER);
  if (bad !== undefined || el === undefined) return bad ?? syntaxError('sequence truncated');
  const c = content(el);
  // Go's parseInt64: more than 8 octets is too large (checked before any decoding).
  return checkIntegerContent(c) ?? (c.length > 8 ? structureError('integer too large') : integerContent(c));
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
  return oidContent(content(el));
}

/** Go's encoding/asn1 parseBase128Int: at most 5 octets, minimal, value ≤ MaxInt32. */
export function parseBase128(bytes: Uint8Array, offset: number): { value: number; offset: number } | string {
  let v = 0;
  for (let shifted = 0; offset < bytes.length; shifted++) {
    if (shifted === 5) return structureError('base 128 integer too large');
    const b = bytes[offset] as number;
    if (shifted === 0 && b === 0x80) return syntaxError('integer is not minimally encoded');
    v = v * 128 + (b & 0x7f);
    offset++;
    if ((b & 0x80) === 0) return v > 0x7fffffff ? structureError('base 128 integer too large') : { value: v, offset };
  }
  return syntaxError('truncated base 128 integer');
}

/** Go's parseObjectIdentifier on content octets → dotted text. */
export function oidContent(c: Uint8Array): string | { error: string } {
  if (c.length === 0) return { error: syntaxError('zero length OBJECT IDENTIFIER') };
  const arcs: number[] = [];
  for (let i = 0; i < c.length; ) {
    const r = parseBase128(c, i);
    if (typeof r === 'string') return { error: r };
    i = r.offset;
    if (arcs.length === 0) arcs.push(...(r.value < 80 ? [Math.floor(r.value / 40), r.value % 40] : [2, r.value - 80]));
    else arcs.push(r.value);
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

/** Go's RightAlign: the bits of a BIT STRING shifted so that the padding bits lead. */
export function rightAlign(b: BitString): Uint8Array {
  const shift = 8 - (b.bitLength % 8);
  if (shift === 8 || b.bytes.length === 0) return b.bytes;
  const out = new Uint8Array(b.bytes.length);
  out[0] = (b.bytes[0] as number) >> shift;
  for (let i = 1; i < b.bytes.length; i++) {
    out[i] = (((b.bytes[i - 1] as number) << (8 - shift)) & 0xff) | ((b.bytes[i] as number) >> shift);
  }
  return out;
}

const PRINTABLE = new Set(" '()+,-./:=?*&".split('').map((ch) => ch.charCodeAt(0)));
/** Go's isPrintable with `*` and `&` allowed. */
export const isPrintable = (c: Uint8Array): boolean =>
  c.every((x) => (x >= 0x30 && x <= 0x39) || (x >= 0x41 && x <= 0x5a) || (x >= 0x61 && x <= 0x7a) || PRINTABLE.has(x));
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Go's utf8.Valid. */
export function validUtf8(b: Uint8Array): boolean {
  try {
    utf8.decode(b);
    return true;
  } catch {
    return false;
  }
}

/** Go's parseBMPString acceptance: even length; no surrogates or noncharacters (a final 0000 is dropped). */
export function checkBmpString(c: Uint8Array): string | undefined {
  if (c.length % 2 !== 0) return 'invalid BMPString';
  const n = c.length >= 2 && c[c.length - 1] === 0 && c[c.length - 2] === 0 ? c.length - 2 : c.length;
  for (let i = 0; i < n; i += 2) {
    const u = ((c[i] as number) << 8) | (c[i + 1] as number);
    if (u === 0xfffe || u === 0xffff || (u >= 0xfdd0 && u <= 0xfdef) || (u >= 0xd800 && u <= 0xdfff)) return 'invalid BMPString';
  }
  return undefined;
}

const daysIn = (month: number, year: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * Whether `s` is a time Go's `time.Parse` reads with the layout and `Format` writes back unchanged
 * (the round trip encoding/asn1 requires): canonical digits, fields in range, zone `Z` or a
 * non-zero ±hhmm with hh ≤ 24.
 */
function canonicalTime(m: RegExpExecArray | null, year: (y: string) => number): boolean {
  if (m === null) return false;
  const [, y = '', mo = '', d = '', h = '', mi = '', sec = '00', , zone = 'Z'] = m;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (Number(d) < 1 || Number(d) > daysIn(month, year(y))) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return false;
  if (zone === 'Z') return true;
  const zh = Number(zone.slice(1, 3));
  const zm = Number(zone.slice(3, 5));
  return zh <= 24 && zm <= 59 && zh * 60 + zm !== 0;
}

/** Go's parseUTCTime acceptance (layouts `0601021504Z0700`, then `060102150405Z0700`). */
export function checkUtcTime(c: Uint8Array): string | undefined {
  const s = String.fromCharCode(...c.subarray(0, 64));
  const m = /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)?()(Z|[+-]\d{4})$/.exec(s);
  const ok = c.length <= 64 && canonicalTime(m, (y) => (Number(y) >= 69 ? 1900 : 2000) + Number(y));
  return ok ? undefined : `asn1: invalid UTCTime ${JSON.stringify(s)}`;
}

/** Go's parseGeneralizedTime acceptance (layout `20060102150405.999999999Z0700`). */
export function checkGeneralizedTime(c: Uint8Array): string | undefined {
  const s = String.fromCharCode(...c.subarray(0, 64));
  const m = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\.\d{0,8}[1-9])?(Z|[+-]\d{4})$/.exec(s);
  const ok = c.length <= 64 && canonicalTime(m, Number);
  return ok ? undefined : `asn1: invalid GeneralizedTime ${JSON.stringify(s)}`;
}

/**
 * The checks Go's encoding/asn1 makes when it decodes a universal primitive value into `any`
 * (an attribute value of a Name).
 * @returns the error text, or undefined when Go decodes it
 */
export function checkValueOf(tag: number, c: Uint8Array): string | undefined {
  switch (tag) {
    case TAG.BOOLEAN:
      return c.length === 1 && (c[0] === 0 || c[0] === 0xff) ? undefined : syntaxError('invalid boolean');
    case TAG.PRINTABLE_STRING:
      return isPrintable(c) ? undefined : syntaxError('PrintableString contains invalid character');
    case TAG.NUMERIC_STRING:
      return c.every((x) => (x >= 0x30 && x <= 0x39) || x === 0x20) ? undefined : syntaxError('NumericString contains invalid character');
    case TAG.IA5_STRING:
      return isIA5(c) ? undefined : syntaxError('IA5String contains invalid character');
    case TAG.UTF8_STRING:
      return validUtf8(c) ? undefined : 'asn1: invalid UTF-8 string';
    case TAG.INTEGER:
      return checkIntegerContent(c) ?? (c.length > 8 ? structureError('integer too large') : undefined);
    case TAG.BIT_STRING: {
      const b = bitStringContent(c);
      return typeof b === 'string' ? b : undefined;
    }
    case TAG.OID: {
      const o = oidContent(c);
      return typeof o === 'string' ? undefined : o.error;
    }
    case TAG.UTC_TIME:
      return checkUtcTime(c);
    case TAG.GENERALIZED_TIME:
      return checkGeneralizedTime(c);
    case TAG.BMP_STRING:
      return checkBmpString(c);
    default:
      // T61String, OCTET STRING and other types are taken as they are.
      return undefined;
  }
}
