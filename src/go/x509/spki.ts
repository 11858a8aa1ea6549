/**
 * AlgorithmIdentifier and SubjectPublicKeyInfo decoding with the checks of Go's
 * `crypto/x509` (parsePublicKey): a key Go cannot parse makes the whole CSR/certificate invalid.
 */
import { content, type Der, fullBytes, readDer, sequence, TAG } from '../asn1/der.js';
import { type BitString, derBitString, derOid, integerContent } from '../asn1/values.js';
import { bytesToBig } from '../crypto/bigint.js';
import { type Curve, curveByOid, onCurve } from '../crypto/curves.js';

/** An AlgorithmIdentifier: the OID and its raw parameters element, if any. */
export interface AlgorithmId {
  readonly oid: string;
  readonly params: Der | undefined;
}

/** A public key as Go's x509 package would hold it. */
export type PublicKey =
  | { readonly kind: 'rsa'; readonly n: bigint; readonly e: bigint }
  | { readonly kind: 'ecdsa'; readonly curve: Curve; readonly x: bigint; readonly y: bigint }
  | { readonly kind: 'ed25519'; readonly key: Uint8Array }
  | { readonly kind: 'x25519' | 'dsa' | 'unknown' };

/** OIDs of the public key algorithms Go knows. */
export const KEY_OID = {
  rsa: '1.2.840.113549.1.1.1',
  dsa: '1.2.840.10040.4.1',
  ecdsa: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
  x25519: '1.3.101.110',
} as const;

/** Decodes `SEQUENCE { algorithm OID, parameters ANY OPTIONAL, ... }`. */
export function algorithmId(el: Der | undefined): AlgorithmId | string {
  const kids = sequence(el);
  if (typeof kids === 'string') return kids;
  const oid = derOid(kids[0]);
  if (typeof oid !== 'string') return oid.error;
  return { oid, params: kids[1] };
}

const isNull = (d: Der | undefined): boolean => d !== undefined && d.cls === 0 && d.tag === TAG.NULL && d.end - d.contentStart === 0;

/** Decodes a SubjectPublicKeyInfo element into a key, or Go's error text. */
export function parseSpki(el: Der | undefined): PublicKey | string {
  const kids = sequence(el);
  if (typeof kids === 'string') return kids;
  const alg = algorithmId(kids[0]);
  if (typeof alg === 'string') return alg;
  const bits = derBitString(kids[1]);
  if (typeof bits === 'string') return bits;
  switch (alg.oid) {
    case KEY_OID.rsa:
      return rsaKey(alg, bits);
    case KEY_OID.ecdsa:
      return ecdsaKey(alg, bits);
    case KEY_OID.ed25519:
    case KEY_OID.x25519: {
      const name = alg.oid === KEY_OID.ed25519 ? 'Ed25519' : 'X25519';
      if (alg.params !== undefined) return `x509: ${name} key encoded with illegal parameters`;
      if (bits.bytes.length !== 32) return `x509: wrong ${name} public key size`;
      return alg.oid === KEY_OID.ed25519 ? { kind: 'ed25519', key: bits.bytes } : { kind: 'x25519' };
    }
    case KEY_OID.dsa:
      return dsaKey(alg, bits);
    default:
      return { kind: 'unknown' };
  }
}

/** Reads the INTEGERs at the start of a SEQUENCE held in `bytes` (trailing data ignored, as Go's cryptobyte reads it). */
function leadingIntegers(bytes: Uint8Array, count: number): bigint[] | undefined {
  const seq = readDer(bytes);
  if (typeof seq === 'string' || seq.cls !== 0 || seq.tag !== TAG.SEQUENCE || !seq.constructed) return undefined;
  const out: bigint[] = [];
  for (let p = seq.contentStart; out.length < count; ) {
    const el = readDer(bytes, p, seq.end);
    if (typeof el === 'string' || el.cls !== 0 || el.tag !== TAG.INTEGER || el.constructed) return undefined;
    const v = integerContent(content(el));
    if (typeof v === 'string') return undefined;
    out.push(v);
    p = el.end;
  }
  return out;
}

function rsaKey(alg: AlgorithmId, bits: BitString): PublicKey | string {
  if (!isNull(alg.params)) return 'x509: RSA key missing NULL parameters';
  const ints = leadingIntegers(bits.bytes, 2);
  if (ints === undefined) return 'x509: invalid RSA public key';
  const [n = 0n, e = 0n] = ints;
  if (e >= 2n ** 63n || e < -(2n ** 63n)) return 'x509: invalid RSA public exponent';
  if (n <= 0n) return 'x509: RSA modulus is not a positive number';
  if (e <= 0n) return 'x509: RSA public exponent is not a positive number';
  return { kind: 'rsa', n, e };
}

function ecdsaKey(alg: AlgorithmId, bits: BitString): PublicKey | string {
  const oid = alg.params === undefined ? undefined : derOid(alg.params);
  if (typeof oid !== 'string') return 'x509: invalid ECDSA parameters';
  const curve = curveByOid(oid);
  if (curve === undefined) return 'x509: unsupported elliptic curve';
  const b = bits.bytes;
  if (b.length !== 1 + 2 * curve.size || b[0] !== 4) return 'x509: failed to unmarshal elliptic curve point';
  const x = bytesToBig(b.subarray(1, 1 + curve.size));
  const y = bytesToBig(b.subarray(1 + curve.size));
  if (!onCurve(curve, x, y)) return 'x509: failed to unmarshal elliptic curve point';
  return { kind: 'ecdsa', curve, x, y };
}

function dsaKey(alg: AlgorithmId, bits: BitString): PublicKey | string {
  const y = leadingIntegers(bits.bytes, 1);
  if (y === undefined) return 'x509: invalid DSA public key';
  const params = alg.params === undefined ? undefined : leadingIntegers(fullBytes(alg.params), 3);
  if (params === undefined) return 'x509: invalid DSA parameters';
  if ([...y, ...params].some((v) => v <= 0n)) return 'x509: zero or negative DSA parameter';
  return { kind: 'dsa' };
}
