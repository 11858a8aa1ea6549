/**
 * go-ldap's `ParseDN` before its v3.4.7 rewrite (v3.4.4–v3.4.6, used by cert-manager v1.12–v1.14
 * for `literalSubject`): a single pass that strips unescaped leading and trailing spaces, decodes
 * `\X` and `\XX` escapes, and, unlike later versions, silently drops a last attribute whose value
 * is empty (so `CN=a,` and `CN=` parse). Hex-encoded values (`=#…`) are not handled: the
 * cert-manager releases that used this parser refuse them before parsing. Linear time.
 */
import type { DnAttribute, DnParse } from './dn.js';

const dec = new TextDecoder();
const enc = new TextEncoder();
/** Characters that may follow a backslash and stand for themselves. */
const ESCAPABLE = new Set(Array.from(' "#+,;<=>\\', (c) => c.charCodeAt(0)));

const hexDigit = (b: number | undefined): number => {
  if (b === undefined) return -1;
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  return -1;
};

/**
 * Parses a DN as go-ldap v3.4.4–v3.4.6 did.
 * @param s - the DN text
 * @param equalsEndsTypeOnce - v3.4.5 and v3.4.6: only the first unescaped `=` of an attribute ends
 * its type (later ones belong to the value); v3.4.4 (false): every `=` starts the type again
 */
export function parseDnV346(s: string, equalsEndsTypeOnce = true): DnParse {
  const b = enc.encode(s);
  const rdns: DnAttribute[][] = [];
  let rdn: DnAttribute[] = [];
  let buffer: number[] = [];
  let type = '';
  let escaping = false;
  let trailingSpaces = 0;
  const take = (): string => {
    const text = dec.decode(Uint8Array.from(buffer.slice(0, buffer.length - trailingSpaces)));
    buffer = [];
    trailingSpaces = 0;
    return text;
  };
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (escaping) {
      trailingSpaces = 0;
      escaping = false;
      if (ESCAPABLE.has(c)) {
        buffer.push(c);
        continue;
      }
      if (i + 1 === b.length) return { ok: false, error: 'got corrupted escaped character' };
      const hi = hexDigit(c);
      const lo = hexDigit(b[i + 1]);
      if (hi < 0 || lo < 0) return { ok: false, error: 'failed to decode escaped character: invalid hex digits' };
      buffer.push(hi * 16 + lo);
      i++;
    } else if (c === 0x5c /* \ */) {
      trailingSpaces = 0;
      escaping = true;
    } else if (c === 0x3d /* = */ && (!equalsEndsTypeOnce || type === '')) {
      type = take();
      if (b[i + 1] === 0x23 /* # */) return { ok: false, error: 'hex-encoded attribute values (=#) are not supported' };
    } else if (c === 0x2c /* , */ || c === 0x2b /* + */ || c === 0x3b /* ; */) {
      if (type === '') return { ok: false, error: 'incomplete type, value pair' };
      rdn.push({ type, value: take() });
      type = '';
      if (c !== 0x2b) {
        rdns.push(rdn);
        rdn = [];
      }
    } else if (c === 0x20 && buffer.length === 0) {
      // unescaped leading space: ignored
    } else {
      trailingSpaces = c === 0x20 ? trailingSpaces + 1 : 0;
      buffer.push(c);
    }
  }
  if (buffer.length > 0) {
    if (type === '') return { ok: false, error: 'DN ended with incomplete type, value pair' };
    rdn.push({ type, value: take() });
    rdns.push(rdn);
  }
  return { ok: true, rdns };
}
