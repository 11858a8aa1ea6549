/**
 * Go 1.26 crypto/ecdsa: ParseUncompressedPublicKey and VerifyASN1 for the NIST curves. The curve
 * arithmetic is @noble/curves'; what is Go's here is the strict DER signature reading
 * (cryptobyte: one SEQUENCE of two non-negative minimal INTEGERs, nothing after either) and the
 * key encoding rules (uncompressed only, coordinates reduced, on the curve).
 */
import { ecdsa } from '@noble/curves/abstract/weierstrass.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { CB, readAsn1, readUnsignedBytes } from '../asn1/cryptobyte.js';
import type { Curve } from './curves.js';

/** An ECDSA public key: its curve and the uncompressed point encoding. */
export interface EcdsaKey {
  readonly curve: Curve;
  readonly point: Uint8Array;
}

/** ecdsa.ParseUncompressedPublicKey: the key, or Go's error text. */
export function parseUncompressedPublicKey(curve: Curve, data: Uint8Array): EcdsaKey | string {
  if (data.length < 1 || data[0] !== 4) return 'ecdsa: invalid uncompressed public key';
  if (data.length !== 1 + 2 * curve.size) return `crypto/ecdh: invalid ${curve.name} point encoding`;
  try {
    curve.Point.fromBytes(data).assertValidity();
  } catch {
    return `crypto/ecdh: invalid ${curve.name} point`;
  }
  return { curve, point: data };
}

/** Go's parseSignature: SEQUENCE { r INTEGER, s INTEGER } and nothing else. */
function parseSignature(sig: Uint8Array): [Uint8Array, Uint8Array] | undefined {
  const seq = readAsn1(sig, CB.SEQUENCE);
  if (seq === undefined || seq.rest.length !== 0) return undefined;
  const r = readUnsignedBytes(seq.value);
  if (r === undefined) return undefined;
  const s = readUnsignedBytes(r.rest);
  if (s === undefined || s.rest.length !== 0) return undefined;
  return [r.value, s.value];
}

const verifiers = new WeakMap<Curve['Point'], ReturnType<typeof ecdsa>>();

/** ecdsa.VerifyASN1: whether `sig` is a valid signature of the digest `hashed` by `key`. */
export function verifyAsn1(key: EcdsaKey, hashed: Uint8Array, sig: Uint8Array): boolean {
  const rs = parseSignature(sig);
  if (rs === undefined) return false;
  const { Point } = key.curve;
  const size = Point.Fn.BYTES;
  // bigmod.SetBytes: r and s must be below the group order (noble checks 1 ≤ r, s < n).
  if (rs[0].length > size || rs[1].length > size) return false;
  const compact = new Uint8Array(2 * size);
  compact.set(rs[0], size - rs[0].length);
  compact.set(rs[1], 2 * size - rs[1].length);
  let v = verifiers.get(Point);
  if (v === undefined) {
    // The hash given here is never used: the digest is passed in with prehash off.
    v = ecdsa(Point, sha256);
    verifiers.set(Point, v);
  }
  try {
    return v.verify(compact, hashed, key.point, { prehash: false, lowS: false, format: 'compact' });
  } catch {
    return false;
  }
}
