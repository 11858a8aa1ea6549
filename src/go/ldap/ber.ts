// Go: github.com/go-asn1-ber/asn1-ber v1.5.8 — ReadPacket (readPacket, readHeader, ParseReal, ParseGeneralizedTime) and Packet.Data.
/**
 * H-LDAPDN: one BER element read as the LDAP DN parser reads the hex after `#`: tag, length and
 * content, definite or indefinite lengths, constructed elements read child by child (at most
 * 1000 deep), universal string, time and REAL contents checked. The value is the element's data:
 * the content octets of a primitive, the re-encoded children of a constructed element.
 */

/** The outcome of {@link readBerValue}. */
export type BerValue = { ok: true; data: Uint8Array; read: number } | { ok: false; error: string };

const MAX_DEPTH = 1000;
const MAX_LENGTH = 2 ** 31 - 1;
const INDEFINITE = -1;

interface Header {
  readonly cls: number;
  readonly constructed: boolean;
  readonly tag: bigint;
  readonly length: number;
}

type Step<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Reads exactly one BER element from `der` and requires that nothing follows it.
 * @param der - the bytes (the decoded hex of a `#` value)
 * @param allowTrailing - ignore bytes after the element (go-ldap before v3.4.14)
 * @returns the element's data, or the error go-asn1-ber reports
 */
export function readBerValue(der: Uint8Array, allowTrailing = false): BerValue {
  const r = readPacket(der, 0, 0);
  if (!r.ok) return r;
  if (r.read !== der.length && !allowTrailing) return { ok: false, error: 'trailing bytes after value' };
  return r;
}

function readHeader(b: Uint8Array, at: number): Step<Header & { next: number }> {
  let i = at;
  if (i >= b.length) return { ok: false, error: 'EOF' };
  const first = b[i++]!;
  const cls = first & 0xc0;
  const constructed = (first & 0x20) !== 0;
  let tag = BigInt(first & 0x1f);
  if (tag === 0x1fn) {
    tag = 0n;
    for (let n = 1; ; n++) {
      if (i >= b.length) return { ok: false, error: 'unexpected EOF' };
      const c = b[i++]!;
      tag = BigInt.asUintN(64, (tag << 7n) | BigInt(c & 0x7f));
      if (n === 1 && tag === 0n) return { ok: false, error: 'invalid first high-tag-number tag byte' };
      if (n > 9) return { ok: false, error: 'high-tag-number tag overflow' };
      if ((c & 0x80) === 0) break;
    }
  }
  if (i >= b.length) return { ok: false, error: 'unexpected EOF' };
  const l0 = b[i++]!;
  let length: number;
  if (l0 === 0xff) return { ok: false, error: 'invalid length byte 0xff' };
  if (l0 === 0x80) length = INDEFINITE;
  else if (l0 < 0x80) length = l0;
  else {
    const n = l0 & 0x7f;
    if (n > 8) return { ok: false, error: 'long-form length overflow' };
    let big = 0n;
    for (let k = 0; k < n; k++) {
      if (i >= b.length) return { ok: false, error: 'unexpected EOF' };
      big = (big << 8n) | BigInt(b[i++]!);
    }
    if (big > 0x7fffffffffffffffn) return { ok: false, error: 'long-form length overflow' };
    if (big > BigInt(MAX_LENGTH)) return { ok: false, error: `length ${big} greater than maximum ${MAX_LENGTH}` };
    length = Number(big);
  }
  if (length === INDEFINITE && !constructed) return { ok: false, error: 'indefinite length used with primitive type' };
  return { ok: true, value: { cls, constructed, tag, length, next: i } };
}

function encodeIdentifier(cls: number, constructed: boolean, tag: bigint): number[] {
  const first = cls | (constructed ? 0x20 : 0);
  if (tag < 0x1fn) return [first | Number(tag)];
  const rev: number[] = [];
  for (let t = tag; t !== 0n; t >>= 7n) rev.push(Number(t & 0x7fn) | (rev.length > 0 ? 0x80 : 0));
  return [first | 0x1f, ...rev.reverse()];
}

function encodeLength(n: number): number[] {
  const bytes: number[] = [];
  let v = n;
  do {
    bytes.unshift(v % 256);
    v = Math.floor(v / 256);
  } while (v > 0);
  return n > 127 || bytes.length > 1 ? [0x80 | bytes.length, ...bytes] : bytes;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function readPacket(b: Uint8Array, at: number, depth: number): BerValue {
  if (depth >= MAX_DEPTH) return { ok: false, error: `nesting depth ${depth} exceeds maximum ${MAX_DEPTH}` };
  const h = readHeader(b, at);
  if (!h.ok) return h;
  const { cls, constructed, tag, length, next } = h.value;
  let read = next - at;
  if (constructed) {
    const parts: Uint8Array[] = [];
    let contentRead = 0;
    for (;;) {
      if (length !== INDEFINITE) {
        if (contentRead === length) break;
        if (contentRead > length) return { ok: false, error: `expected to read ${length} bytes, read ${contentRead}` };
      }
      const child = readPacket(b, at + read, depth + 1);
      if (!child.ok) return { ok: false, error: child.error === 'EOF' ? 'unexpected EOF' : child.error };
      contentRead += child.read;
      read += child.read;
      const childStart = at + read - child.read;
      const isEoc = b[childStart] === 0x00 && child.data.length === 0;
      if (isEoc) {
        if (length === INDEFINITE) break;
        return { ok: false, error: 'eoc child not allowed with definite length' };
      }
      const ch = readHeader(b, childStart);
      if (!ch.ok) return ch;
      parts.push(
        new Uint8Array([...encodeIdentifier(ch.value.cls, ch.value.constructed, ch.value.tag), ...encodeLength(child.data.length)]),
      );
      parts.push(child.data);
    }
    return { ok: true, data: concat(parts), read };
  }
  const start = at + read;
  if (b.length - start < length) return { ok: false, error: 'unexpected EOF' };
  const content = b.subarray(start, start + length);
  read += length;
  if (cls === 0) {
    const problem = contentProblem(tag, content);
    if (problem !== undefined) return { ok: false, error: problem };
  }
  return { ok: true, data: content, read };
}

/** The checks go-asn1-ber makes on the content of universal primitives (its other decodings never fail). */
function contentProblem(tag: bigint, c: Uint8Array): string | undefined {
  switch (tag) {
    case 0x09n:
      return parseReal(c);
    case 0x0cn:
      return validUtf8(c) ? undefined : 'invalid UTF-8 string';
    case 0x13n:
      for (let i = 0; i < c.length; i++) if (!isPrintable(c[i]!)) return `invalid character in position ${i}`;
      return undefined;
    case 0x16n:
      for (let i = 0; i < c.length; i++) if (c[i]! >= 0x7f) return `invalid character for IA5String at pos ${i}`;
      return undefined;
    case 0x18n:
      return parseGeneralizedTime(c);
    default:
      return undefined;
  }
}

function validUtf8(c: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(c);
    return true;
  } catch {
    return false;
  }
}

function isPrintable(x: number): boolean {
  if ((x >= 0x61 && x <= 0x7a) || (x >= 0x41 && x <= 0x5a) || (x >= 0x30 && x <= 0x39)) return true;
  return "'()+,-./:=? ".includes(String.fromCharCode(x)) && x < 0x80;
}

/** Big-endian two's complement, at most 8 bytes (go-asn1-ber ParseInt64). */
function parseInt64(b: Uint8Array): bigint | undefined {
  if (b.length > 8) return undefined;
  let v = 0n;
  for (const x of b) v = (v << 8n) | BigInt(x);
  return b.length === 0 ? 0n : BigInt.asIntN(b.length * 8, v);
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^[+-]?(?:inf|infinity)$|^nan$/i;

/** Go strconv.ParseFloat (64 bits) for the decimal and special forms: the value, or undefined on error. */
function parseFloat64(s: string): number | undefined {
  if (SPECIAL.test(s)) return s.toLowerCase() === 'nan' ? Number.NaN : s.startsWith('-') ? -Infinity : Infinity;
  if (DECIMAL.test(s)) {
    const v = Number(s);
    return Number.isFinite(v) ? v : undefined;
  }
  return parseHexFloat(s);
}

const HEX_FLOAT = /^([+-]?)0[xX]((?:_?[0-9a-fA-F])*)(?:\.((?:[0-9a-fA-F])*))?[pP]([+-]?\d+)$/;

function parseHexFloat(s: string): number | undefined {
  const m = HEX_FLOAT.exec(s);
  if (m === null) return undefined;
  const int = (m[2] ?? '').replaceAll('_', '');
  const frac = m[3] ?? '';
  if (int === '' && frac === '') return undefined;
  let v = 0;
  for (const d of int + frac) v = v * 16 + Number.parseInt(d, 16);
  const value = v * 2 ** (Number(m[4]) - 4 * frac.length);
  if (!Number.isFinite(value)) return undefined;
  return m[1] === '-' ? -value : value;
}

/** go-asn1-ber ParseReal: an error text, or undefined when the REAL decodes. */
function parseReal(v: Uint8Array): string | undefined {
  if (v.length === 0) return undefined;
  const info = v[0]!;
  let val: number;
  if ((info & 0x80) === 0x80) {
    const base = [2, 8, 16][(info & 0x30) >> 4];
    if (base === undefined) return 'bits 6 and 5 of information octet for REAL are equal to 11';
    const scale = BigInt((info & 0x0c) >> 2);
    let rest = v.subarray(1);
    let expLen = (info & 0x03) + 1;
    if ((info & 0x03) === 0x03) {
      if (rest.length < 2) return 'invalid data';
      expLen = rest[0]!;
      if (expLen > 8) return 'too big value of exponent';
      rest = rest.subarray(1);
    }
    if (expLen > rest.length) return 'too big value of exponent';
    const exponent = parseInt64(rest.subarray(0, expLen))!;
    rest = rest.subarray(expLen);
    if (rest.length > 8) return 'too big value of mantissa';
    let mantissa = BigInt.asIntN(64, parseInt64(rest)! << scale);
    if ((info & 0x40) === 0x40) mantissa = BigInt.asIntN(64, -mantissa);
    val = Number(mantissa) * base ** Number(exponent);
  } else if ((info & 0xc0) === 0x40) {
    if (v.length !== 1) return 'encoding of "special value" must not contain exponent and mantissa';
    if (info === 0x40) val = Infinity;
    else if (info === 0x41) val = -Infinity;
    else if (info === 0x42) val = Number.NaN;
    else if (info === 0x43) val = -0;
    else return 'unknown special value encoding';
  } else if ((info & 0xc0) === 0) {
    const text = latin1(v.subarray(1)).replace(/^ +/, '');
    const form = info & 0x3f;
    let parsed: number | undefined;
    if (form === 0x01) parsed = /^[+-]?\d+$/.test(text) && inInt64(text) ? Number(text) : undefined;
    else if (form === 0x02 || form === 0x03) parsed = parseFloat64(text.replaceAll(',', '.'));
    else return 'incorrect NR form';
    if (parsed === undefined) return 'invalid decimal REAL';
    if (Object.is(parsed, -0)) return 'REAL value -0 must be encoded as a special value';
    val = parsed;
  } else {
    return 'invalid info block';
  }
  if (Object.is(val, 0)) return 'REAL value +0 must be encoded with zero-length value block';
  return undefined;
}

function inInt64(text: string): boolean {
  const v = BigInt(text);
  return v >= -(2n ** 63n) && v < 2n ** 63n;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return s;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const FRACTION = /^\.\d+(?:[eE]\d+)?$/;

/** go-asn1-ber ParseGeneralizedTime, then Go's time.Parse: an error text, or undefined when it parses. */
function parseGeneralizedTime(v: Uint8Array): string | undefined {
  const bad = 'invalid time format';
  let str = latin1(v);
  const tz = str.search(/[Z+-]/);
  if (tz < 0) return bad;
  const dot = str.search(/[.,]/);
  let tzIndex = tz;
  let digits: number;
  if (dot === -1) {
    if (tz !== 10 && tz !== 12 && tz !== 14) return bad;
    digits = tz;
  } else if (dot === 10 || dot === 12) {
    if (tz < dot) return bad;
    const f = `.${str.slice(dot + 1, tz)}`;
    if (!FRACTION.test(f) || !Number.isFinite(Number(f))) return `failed to parse float`;
    str = str.slice(0, dot) + str.slice(tz);
    tzIndex = dot;
    digits = dot;
  } else if (dot === 14) {
    if (tz < dot) return bad;
    digits = 14;
  } else {
    return bad;
  }
  // the zone part
  const zone = str.slice(tzIndex);
  let offsetText: string | undefined;
  if (zone.length === 1) {
    if (zone !== 'Z') return bad;
  } else if (zone.length === 3) offsetText = `${zone}00`;
  else if (zone.length === 5) offsetText = zone;
  else return bad;
  // the date and time digits, then an optional fraction of a second (only after the seconds)
  const body = str.slice(0, tzIndex);
  let fields = body;
  if (digits === 14 && dot === 14) {
    if (!/^\.\d+$/.test(body.slice(14))) return bad;
    fields = body.slice(0, 14);
  }
  if (fields.length !== digits || !/^\d+$/.test(fields)) return bad;
  const year = Number(fields.slice(0, 4));
  const month = Number(fields.slice(4, 6));
  const day = Number(fields.slice(6, 8));
  const hour = Number(fields.slice(8, 10));
  const minute = digits >= 12 ? Number(fields.slice(10, 12)) : 0;
  const second = digits >= 14 ? Number(fields.slice(12, 14)) : 0;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return bad;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const maxDay = month === 2 && leap ? 29 : DAYS[month - 1]!;
  if (day < 1 || day > maxDay) return bad;
  if (offsetText !== undefined) {
    if (offsetText[0] === 'Z') return bad; // `Z` then more text
    if (!/^[+-]\d{4}$/.test(offsetText)) return bad;
    if (Number(offsetText.slice(1, 3)) > 24 || Number(offsetText.slice(3, 5)) > 60) return bad;
  }
  return undefined;
}
