import { berContent } from './ber.js';
import { goTrimSpace } from '../strings/space.js';

/**
 * H-LDAPDN: an RFC 4514 distinguished name parser with the behaviour of go-ldap's `ParseDN`
 * (v3.4.14, cert-manager master; `strict: false` gives v3.4.8–v3.4.13, cert-manager v1.15–v1.21),
 * which cert-manager uses for `literalSubject`. Works on UTF-8 bytes; linear time.
 */

/** One `type=value` pair of a relative distinguished name. */
export interface DnAttribute {
  readonly type: string;
  readonly value: string;
}

/** The outcome of {@link parseDn}: the RDNs in text order (each a list of attributes), or an error. */
export type DnParse = { ok: true; rdns: DnAttribute[][] } | { ok: false; error: string };

const enc = new TextEncoder();
const dec = new TextDecoder();
const BS = 0x5c; // backslash
const SP = 0x20;
/** Characters that may follow a backslash and stand for themselves. */
const ESCAPABLE = new Set(Array.from(' "#+,;<=>\\', (c) => c.charCodeAt(0)));
/** Characters that must be escaped inside a type or value. */
const MUST_ESCAPE = new Set(Array.from('";<>', (c) => c.charCodeAt(0)));

const hexDigit = (b: number | undefined): number => {
  if (b === undefined) return -1;
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  return -1;
};

/**
 * Strips spaces at both ends, keeping a trailing space that is escaped (odd run of backslashes;
 * before v3.4.14, any backslash).
 */
function stripSpaces(b: Uint8Array, strict: boolean): Uint8Array {
  let a = 0;
  let e = b.length;
  while (a < e && b[a] === SP) a++;
  while (e > a && b[e - 1] === SP) {
    let k = e - 2;
    while (k >= a && b[k] === BS) k--;
    const backslashes = e - 2 - k;
    if (strict ? backslashes % 2 === 1 : backslashes > 0) break; // escaped space
    e--;
  }
  return b.subarray(a, e);
}

function hexBytes(b: Uint8Array): Uint8Array | undefined {
  if (b.length % 2 !== 0) return undefined;
  const out = new Uint8Array(b.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigit(b[2 * i]);
    const lo = hexDigit(b[2 * i + 1]);
    if (hi < 0 || lo < 0) return undefined;
    out[i] = hi * 16 + lo;
  }
  return out;
}

/**
 * Decodes one escaped type or value; a value starting with `#` is hex-encoded BER. Before
 * v3.4.14 (`strict` false), unescaped `"`, `;`, `<`, `>` and NUL are kept and bytes after the BER
 * element are ignored.
 */
function decode(raw: Uint8Array, isValue: boolean, strict: boolean): { ok: true; text: string } | { ok: false; error: string } {
  const b = stripSpaces(raw, strict);
  if (isValue && b[0] === 0x23 /* # */) {
    const der = hexBytes(b.subarray(1));
    if (der === undefined) return { ok: false, error: 'failed to decode BER encoding: invalid hex' };
    const c = berContent(der, !strict);
    return c.ok ? { ok: true, text: dec.decode(c.content) } : { ok: false, error: `failed to decode BER encoding: ${c.error}` };
  }
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === 0 && strict) return { ok: false, error: 'got unescaped NULL character' };
    if (MUST_ESCAPE.has(c) && strict) return { ok: false, error: `got unescaped character: '${String.fromCharCode(c)}'` };
    if (c !== BS) {
      out.push(c);
      continue;
    }
    const n = b[i + 1];
    if (n === undefined) return { ok: false, error: 'got corrupted escaped character' };
    if (ESCAPABLE.has(n)) {
      out.push(n);
      i++;
      continue;
    }
    const hi = hexDigit(n);
    const lo = hexDigit(b[i + 2]);
    if (hi < 0 || lo < 0)
      return { ok: false, error: 'failed to decode escaped character: expected \\ followed by a special character or two hex digits' };
    out.push(hi * 16 + lo);
    i += 2;
  }
  return { ok: true, text: dec.decode(new Uint8Array(out)) };
}

/**
 * Parses a distinguished name such as `CN=web,O=Example\, Inc.,C=US`. Attribute types are kept
 * as written (case is not folded). Whitespace-only text parses to no RDNs.
 * @param s - the DN text
 * @param strict - go-ldap v3.4.14's checks (default); false for v3.4.8–v3.4.13
 */
export function parseDn(s: string, strict = true): DnParse {
  if (goTrimSpace(s) === '') return { ok: true, rdns: [] };
  const b = enc.encode(s);
  const rdns: DnAttribute[][] = [];
  let rdn: DnAttribute[] = [];
  let type = '';
  let start = 0;
  let escaping = false;
  for (let pos = 0; pos < b.length; pos++) {
    const c = b[pos]!;
    if (escaping) {
      escaping = false;
    } else if (c === BS) {
      escaping = true;
    } else if (c === 0x3d /* = */ && type === '') {
      const t = decode(b.subarray(start, pos), false, strict);
      if (!t.ok) return t;
      type = t.text;
      start = pos + 1;
    } else if (c === 0x2c /* , */ || c === 0x3b /* ; */ || c === 0x2b /* + */) {
      if (type === '') return { ok: false, error: 'incomplete type, value pair' };
      const v = decode(b.subarray(start, pos), true, strict);
      if (!v.ok) return v;
      rdn.push({ type, value: v.text });
      type = '';
      start = pos + 1;
      if (c !== 0x2b) {
        rdns.push(rdn);
        rdn = [];
      }
    }
  }
  if (type === '') return { ok: false, error: 'DN ended with incomplete type, value pair' };
  const v = decode(b.subarray(start), true, strict);
  if (!v.ok) return v;
  rdn.push({ type, value: v.text });
  rdns.push(rdn);
  return { ok: true, rdns };
}
