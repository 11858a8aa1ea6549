/**
 * Reads exactly one BER element (tag, length, content) and returns its content octets, as the
 * LDAP DN parser does for `#`-prefixed hex values. Definite lengths only.
 * @param allowTrailing - ignore bytes after the element (go-ldap before v3.4.14)
 * @returns the content octets, or an error text
 */
export function berContent(der: Uint8Array, allowTrailing = false): { ok: true; content: Uint8Array } | { ok: false; error: string } {
  let i = 0;
  const byte = (): number | undefined => (i < der.length ? der[i++] : undefined);
  const first = byte();
  if (first === undefined) return { ok: false, error: 'unexpected end of BER data' };
  if ((first & 0x1f) === 0x1f) {
    // high tag number form: base-128 continuation bytes
    let b: number | undefined;
    let n = 0;
    do {
      b = byte();
      if (b === undefined) return { ok: false, error: 'unexpected end of BER data in tag' };
      if (++n > 8) return { ok: false, error: 'BER tag too long' };
    } while (b & 0x80);
  }
  const l0 = byte();
  if (l0 === undefined) return { ok: false, error: 'unexpected end of BER data in length' };
  let length = l0;
  if (l0 === 0x80) return { ok: false, error: 'indefinite BER lengths are not supported here' };
  if (l0 > 0x80) {
    const n = l0 & 0x7f;
    if (n > 6) return { ok: false, error: 'BER length too large' };
    length = 0;
    for (let k = 0; k < n; k++) {
      const b = byte();
      if (b === undefined) return { ok: false, error: 'unexpected end of BER data in length' };
      length = length * 256 + b;
    }
  }
  if (der.length - i < length) return { ok: false, error: 'BER content is shorter than its length' };
  if (der.length - i > length && !allowTrailing) return { ok: false, error: 'trailing bytes after the BER element' };
  return { ok: true, content: der.subarray(i, i + length) };
}
