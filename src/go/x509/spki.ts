/**
 * Go 1.26 crypto/x509 parsePublicKey (parser.go) and the publicKeyInfo / AlgorithmIdentifier
 * structures it reads: a key Go cannot parse makes the whole CSR/certificate invalid. The key
 * bytes are read with cryptobyte's rules, as Go reads them.
 */
import { type Der, fullBytes, sequence } from '../asn1/der.js';
import { CB, readAsn1, readBigInt, readInt64, readOid } from '../asn1/cryptobyte.js';
import { ALGORITHM_IDENTIFIER, type AlgorithmIdentifier, type RawValue, type Schema, unmarshal } from '../asn1/unmarshal.js';
import { type BitString, derOid, rightAlign } from '../asn1/values.js';
import { curveByOid } from '../crypto/curves.js';
import { type EcdsaKey, parseUncompressedPublicKey } from '../crypto/ecdsa.js';

export type { AlgorithmIdentifier } from '../asn1/unmarshal.js';

/** A public key as Go's x509 package would hold it. */
export type PublicKey =
  | { readonly kind: 'rsa'; readonly n: bigint; readonly e: bigint }
  | ({ readonly kind: 'ecdsa' } & EcdsaKey)
  | { readonly kind: 'ed25519'; readonly key: Uint8Array }
  | { readonly kind: 'dsa' | 'unknown' };

/** OIDs of the public key algorithms Go's getPublicKeyAlgorithmFromOID knows. */
export const KEY_OID = {
  rsa: '1.2.840.113549.1.1.1',
  dsa: '1.2.840.10040.4.1',
  ecdsa: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
} as const;

/** publicKeyInfo { Raw, Algorithm AlgorithmIdentifier, PublicKey BIT STRING }. */
export const PUBLIC_KEY_INFO: Schema = {
  kind: 'struct',
  fields: [
    { name: 'algorithm', type: ALGORITHM_IDENTIFIER },
    { name: 'publicKey', type: { kind: 'bits' } },
  ],
};

/** The decoded form of {@link PUBLIC_KEY_INFO}. */
export interface PublicKeyInfo {
  readonly raw: Uint8Array;
  readonly algorithm: AlgorithmIdentifier;
  readonly publicKey: BitString;
}

/** An AlgorithmIdentifier read from a DER element (used by the certificate parser). */
export function algorithmId(el: Der | undefined): AlgorithmIdentifier | string {
  const kids = sequence(el);
  if (typeof kids === 'string' || el === undefined) return typeof kids === 'string' ? kids : 'x509: malformed algorithm identifier';
  const oid = derOid(kids[0]);
  if (typeof oid !== 'string') return oid.error;
  const p = kids[1];
  const parameters: RawValue | undefined =
    p === undefined
      ? undefined
      : { cls: p.cls, tag: p.tag, constructed: p.constructed, bytes: p.buf.subarray(p.contentStart, p.end), fullBytes: fullBytes(p) };
  return { raw: fullBytes(el), algorithm: oid, parameters };
}

const NULL_BYTES = (p: RawValue | undefined): boolean =>
  p !== undefined && p.fullBytes.length === 2 && p.fullBytes[0] === 5 && p.fullBytes[1] === 0;

/** Go's parsePublicKey, for an algorithm getPublicKeyAlgorithmFromOID knows; other algorithms give `unknown`. */
export function parsePublicKey(info: { algorithm: AlgorithmIdentifier; publicKey: BitString }): PublicKey | string {
  const params = info.algorithm.parameters;
  const paramBytes = params?.fullBytes ?? new Uint8Array(0);
  const data = rightAlign(info.publicKey);
  switch (info.algorithm.algorithm) {
    case KEY_OID.rsa: {
      if (!NULL_BYTES(params)) return 'x509: RSA key missing NULL parameters';
      const seq = readAsn1(data, CB.SEQUENCE);
      if (seq === undefined) return 'x509: invalid RSA public key';
      const n = readBigInt(seq.value);
      if (n === undefined) return 'x509: invalid RSA modulus';
      const e = readInt64(n.rest);
      if (e === undefined) return 'x509: invalid RSA public exponent';
      if (n.value <= 0n) return 'x509: RSA modulus is not a positive number';
      if (e.value <= 0n) return 'x509: RSA public exponent is not a positive number';
      return { kind: 'rsa', n: n.value, e: e.value };
    }
    case KEY_OID.ecdsa: {
      const oid = readOid(paramBytes);
      if (oid === undefined) return 'x509: invalid ECDSA parameters';
      const curve = curveByOid(oid.value);
      if (curve === undefined) return 'x509: unsupported elliptic curve';
      const key = parseUncompressedPublicKey(curve, data);
      return typeof key === 'string' ? key : { kind: 'ecdsa', ...key };
    }
    case KEY_OID.ed25519:
      if (paramBytes.length !== 0) return 'x509: Ed25519 key encoded with illegal parameters';
      if (data.length !== 32) return 'x509: wrong Ed25519 public key size';
      return { kind: 'ed25519', key: data };
    case KEY_OID.dsa: {
      const y = readBigInt(data);
      if (y === undefined) return 'x509: invalid DSA public key';
      const seq = readAsn1(paramBytes, CB.SEQUENCE);
      const p = seq && readBigInt(seq.value);
      const q = p && readBigInt(p.rest);
      const g = q && readBigInt(q.rest);
      if (p === undefined || q === undefined || g === undefined) return 'x509: invalid DSA parameters';
      if (y.value <= 0n || p.value <= 0n || q.value <= 0n || g.value <= 0n) return 'x509: zero or negative DSA parameter';
      return { kind: 'dsa' };
    }
    default:
      return { kind: 'unknown' };
  }
}

/** Decodes a SubjectPublicKeyInfo element into a key, or Go's error text (used by the certificate parser). */
export function parseSpki(el: Der | undefined): PublicKey | string {
  if (el === undefined) return 'asn1: syntax error: sequence truncated';
  const r = unmarshal<PublicKeyInfo>(fullBytes(el), PUBLIC_KEY_INFO);
  return 'error' in r ? r.error : parsePublicKey(r.value);
}
