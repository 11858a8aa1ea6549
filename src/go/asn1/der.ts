/**
 * A strict DER element reader with the acceptance rules of Go's `encoding/asn1`: definite,
 * minimally encoded lengths only. Errors are returned as strings worded like Go's, never thrown.
 */

/** One DER element (TLV) inside `buf`. */
export interface Der {
  readonly buf: Uint8Array;
  /** 0 universal, 1 application, 2 context-specific, 3 private. */
  readonly cls: number;
  readonly constructed: boolean;
  readonly tag: number;
  readonly start: number;
  readonly contentStart: number;
  readonly end: number;
}

/** Universal tag numbers used here. */
export const TAG = {
  BOOLEAN: 1,
  INTEGER: 2,
  BIT_STRING: 3,
  OCTET_STRING: 4,
  NULL: 5,
  OID: 6,
  UTF8_STRING: 12,
  SEQUENCE: 16,
  SET: 17,
  NUMERIC_STRING: 18,
  PRINTABLE_STRING: 19,
  T61_STRING: 20,
  IA5_STRING: 22,
  UTC_TIME: 23,
  GENERALIZED_TIME: 24,
  BMP_STRING: 30,
} as const;

/** A Go-style structure error text. */
export const structureError = (msg: string): string => `asn1: structure error: ${msg}`;
/** A Go-style syntax error text. */
export const syntaxError = (msg: string): string => `asn1: syntax error: ${msg}`;

/**
 * Reads the element starting at `pos` that must end at or before `limit`.
 * @returns the element, or an error text
 */
export function readDer(buf: Uint8Array, pos = 0, limit = buf.length): Der | string {
  if (pos >= limit) return syntaxError('sequence truncated');
  const b0 = buf[pos] ?? 0;
  let p = pos + 1;
  let tag = b0 & 0x1f;
  if (tag === 0x1f) {
    tag = 0;
    for (let n = 0; ; n++) {
      if (p >= limit) return syntaxError('truncated tag or length');
      const b = buf[p++] ?? 0;
      if (n === 0 && b === 0x80) return structureError('integer is not minimally encoded');
      if (n >= 4) return structureError('base 128 integer too large');
      tag = tag * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
    if (tag < 0x1f) return syntaxError('non-minimal tag');
  }
  if (p >= limit) return syntaxError('truncated tag or length');
  const l0 = buf[p++] ?? 0;
  let length = l0;
  if (l0 & 0x80) {
    const count = l0 & 0x7f;
    if (count === 0) return syntaxError('indefinite length found (not DER)');
    length = 0;
    for (let i = 0; i < count; i++) {
      if (p >= limit) return syntaxError('truncated tag or length');
      const b = buf[p++] ?? 0;
      if (i === 0 && b === 0) return structureError('superfluous leading zeros in length');
      if (length >= 2 ** 23) return structureError('length too large');
      length = length * 256 + b;
    }
    if (length < 0x80) return structureError('non-minimal length');
  }
  if (p + length > limit) return syntaxError('data truncated');
  return { buf, cls: b0 >> 6, constructed: (b0 & 0x20) !== 0, tag, start: pos, contentStart: p, end: p + length };
}

/** The content octets of an element. */
export const content = (el: Der): Uint8Array => el.buf.subarray(el.contentStart, el.end);

/** The whole encoding (tag, length, content) of an element. */
export const fullBytes = (el: Der): Uint8Array => el.buf.subarray(el.start, el.end);

/** Parses `bytes` as exactly one element (trailing data is an error). */
export function parseOne(bytes: Uint8Array, trailing = 'trailing data'): Der | string {
  const el = readDer(bytes);
  if (typeof el === 'string') return el;
  return el.end === bytes.length ? el : syntaxError(trailing);
}

/** The child elements of a constructed element. */
export function children(el: Der): Der[] | string {
  const out: Der[] = [];
  for (let p = el.contentStart; p < el.end; ) {
    const c = readDer(el.buf, p, el.end);
    if (typeof c === 'string') return c;
    out.push(c);
    p = c.end;
  }
  return out;
}

/** Checks that `el` is the universal element `tag` (constructed for SEQUENCE/SET). */
export function expectUniversal(el: Der | undefined, tag: number): string | undefined {
  if (el === undefined) return syntaxError('sequence truncated');
  const constructed = tag === TAG.SEQUENCE || tag === TAG.SET;
  if (el.cls === 0 && el.tag === tag && el.constructed === constructed) return undefined;
  return structureError(`tags don't match (expected tag ${tag}, found class ${el.cls} tag ${el.tag})`);
}

/** The children of `el`, which must be a universal SEQUENCE (or SET). */
export function sequence(el: Der | undefined, tag: number = TAG.SEQUENCE): Der[] | string {
  const bad = expectUniversal(el, tag);
  if (bad !== undefined || el === undefined) return bad ?? syntaxError('sequence truncated');
  return children(el);
}
