/**
 * Decoders for the X.509 extensions cert-manager reads from a CSR (spec/validation.md §3.1,
 * CR-REQUEST-CSR-EXTENSION): basicConstraints, keyUsage, extKeyUsage and nameConstraints.
 * Each returns the decoded value or an error text.
 */
import { content, type Der, readDer, sequence, syntaxError, TAG } from '../asn1/der.js';
import { bitStringContent, derBoolean, derInteger, derOid, isIA5 } from '../asn1/values.js';

/** Extension OIDs. */
export const EXT_OID = {
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  nameConstraints: '2.5.29.30',
} as const;

/** `BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLen INTEGER OPTIONAL }` → cA. */
export function decodeBasicConstraints(value: Uint8Array): boolean | string {
  const el = readDer(value);
  if (typeof el === 'string') return el;
  const kids = sequence(el);
  if (typeof kids === 'string') return kids;
  let i = 0;
  let ca = false;
  const first = kids[0];
  if (first !== undefined && first.cls === 0 && first.tag === TAG.BOOLEAN) {
    const b = derBoolean(first);
    if (typeof b === 'string') return b;
    ca = b;
    i = 1;
  }
  const next = kids[i];
  if (next !== undefined && next.cls === 0 && next.tag === TAG.INTEGER) {
    const n = derInteger(next);
    if (typeof n === 'string') return n;
  }
  return el.end === value.length ? ca : 'x509: trailing data after X.509 BasicConstraints';
}

/**
 * keyUsage BIT STRING → the first 9 bits as a number (bit 0 = digitalSignature).
 * @param allowTrailing - ignore data after the BIT STRING (Go's `asn1.Unmarshal` does)
 */
export function decodeKeyUsage(value: Uint8Array, allowTrailing = false): number | string {
  const el = readDer(value);
  if (typeof el === 'string') return el;
  if (el.cls !== 0 || el.tag !== TAG.BIT_STRING || el.constructed) return syntaxError('tags do not match: expected a BIT STRING');
  const bits = bitStringContent(content(el));
  if (typeof bits === 'string') return bits;
  if (el.end !== value.length && !allowTrailing) return 'x509: trailing data after X.509 KeyUsage';
  let usage = 0;
  for (let i = 0; i < 9 && i < bits.bitLength; i++) if (((bits.bytes[i >> 3] ?? 0) >> (7 - (i & 7))) & 1) usage |= 1 << i;
  return usage;
}

/**
 * extKeyUsage `SEQUENCE OF OBJECT IDENTIFIER` → the OIDs in order.
 * @param allowTrailing - ignore data after the SEQUENCE (Go's `asn1.Unmarshal` does)
 */
export function decodeExtKeyUsage(value: Uint8Array, allowTrailing = false): string[] | string {
  const el = readDer(value);
  if (typeof el === 'string') return el;
  const kids = sequence(el);
  if (typeof kids === 'string') return kids;
  const out: string[] = [];
  for (const k of kids) {
    const oid = derOid(k);
    if (typeof oid !== 'string') return oid.error;
    out.push(oid);
  }
  return el.end === value.length || allowTrailing ? out : 'x509: trailing data after X.509 ExtendedKeyUsage';
}

const isCanonicalMask = (mask: Uint8Array): boolean => {
  let seenZero = false;
  for (const b of mask) {
    for (let bit = 7; bit >= 0; bit--) {
      const one = (b >> bit) & 1;
      if (one && seenZero) return false;
      if (!one) seenZero = true;
    }
  }
  return true;
};

const GN_NAMES: Readonly<Record<number, string>> = { 1: 'rfc822Name', 2: 'dNSName', 6: 'uniformResourceIdentifier', 7: 'iPAddress' };

function checkSubtrees(el: Der, strictTags: boolean): string | undefined {
  for (let p = el.contentStart; p < el.end; ) {
    const seq = readDer(el.buf, p, el.end);
    if (typeof seq === 'string' || seq.cls !== 0 || seq.tag !== TAG.SEQUENCE || !seq.constructed)
      return 'x509: invalid NameConstraints extension';
    p = seq.end;
    const gn = readDer(el.buf, seq.contentStart, seq.end);
    if (typeof gn === 'string') return 'x509: invalid NameConstraints extension';
    const v = content(gn);
    const name = gn.cls === 2 && !gn.constructed ? GN_NAMES[gn.tag] : undefined;
    if (name === undefined) {
      if (strictTags) return `x509: unsupported NameConstraints tag: class ${gn.cls}, tag ${gn.tag}`;
      continue;
    }
    if (name === 'iPAddress') {
      if (v.length !== 8 && v.length !== 32) return `x509: IP constraint contained value of length ${v.length}`;
      const mask = v.subarray(v.length / 2);
      if (!isCanonicalMask(mask))
        return `x509: IP constraint contained invalid mask ${[...mask].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    } else if (!isIA5(v)) {
      return `x509: invalid constraint value: ${name} is not a valid IA5String`;
    }
  }
  return undefined;
}

/**
 * Checks a nameConstraints extension value; undefined when acceptable.
 * @param strictTags - reject GeneralName forms other than dNSName, rfc822Name, iPAddress and URI
 * (cert-manager from v1.19); otherwise they are skipped
 */
export function checkNameConstraints(value: Uint8Array, strictTags = true): string | undefined {
  const top = readDer(value);
  if (typeof top === 'string' || top.end !== value.length || top.cls !== 0 || top.tag !== TAG.SEQUENCE || !top.constructed) {
    return 'x509: invalid NameConstraints extension';
  }
  let p = top.contentStart;
  const take = (tag: number): Der | undefined | 'bad' => {
    if (p >= top.end) return undefined;
    const el = readDer(value, p, top.end);
    if (typeof el === 'string') return 'bad';
    if (el.cls !== 2 || el.tag !== tag || !el.constructed) return undefined;
    p = el.end;
    return el;
  };
  const permitted = take(0);
  const excluded = take(1);
  if (permitted === 'bad' || excluded === 'bad' || p !== top.end) return 'x509: invalid NameConstraints extension';
  const size = (d: Der | undefined) => (d === undefined ? 0 : d.end - d.contentStart);
  if (size(permitted) === 0 && size(excluded) === 0) return 'x509: empty name constraints extension';
  for (const d of [permitted, excluded]) {
    const bad = d === undefined ? undefined : checkSubtrees(d, strictTags);
    if (bad !== undefined) return bad;
  }
  return undefined;
}
