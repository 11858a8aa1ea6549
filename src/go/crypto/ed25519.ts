/**
 * Go 1.26 crypto/ed25519.Verify, on @noble/curves' edwards25519 point arithmetic. Go's rules,
 * which differ from noble's own `verify` (strict RFC 8032 or ZIP 215, both cofactored): the key
 * may be any encoding that decodes (non-canonical y and small-order points included), S must be
 * canonical (< L, top three bits clear), k hashes the signature's R and the key as given, and the
 * check is cofactorless: the encoding of [S]B − [k]A must equal R byte for byte.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToNumberLE, equalBytes } from '@noble/curves/utils.js';
import { sha512 } from '@noble/hashes/sha2.js';

/** Whether `sig` is a valid Ed25519 signature of `msg` by the 32-byte public key `pub`. */
export function verifyEd25519(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  if (pub.length !== 32 || sig.length !== 64 || ((sig[63] as number) & 0xe0) !== 0) return false;
  const { Point } = ed25519;
  const L = Point.Fn.ORDER;
  let A: InstanceType<typeof Point>;
  try {
    A = Point.fromBytes(pub, true);
  } catch {
    return false;
  }
  const S = bytesToNumberLE(sig.subarray(32));
  if (S >= L) return false;
  const h = new Uint8Array(64 + msg.length);
  h.set(sig.subarray(0, 32), 0);
  h.set(pub, 32);
  h.set(msg, 64);
  const k = bytesToNumberLE(sha512(h)) % L;
  const R = Point.BASE.multiplyUnsafe(S).subtract(A.multiplyUnsafe(k));
  return equalBytes(R.toBytes(), sig.subarray(0, 32));
}
