/**
 * Go 1.26 crypto/ed25519.Verify, on @noble/curves' edwards25519 point arithmetic. Go's rules,
 * which differ from noble's own `verify` (strict RFC 8032 or ZIP 215, both cofactored): the key
 * may be any encoding that decodes (non-canonical y and small-order points included), S must be
 * canonical (< L, top three bits clear), k hashes the signature's R and the key as given, and the
 * check is cofactorless: the encoding of [S]B − [k]A must equal R byte for byte.
 */
import { type EdwardsPointCons, edwards } from '@noble/curves/abstract/edwards.js';
import { bytesToNumberLE, equalBytes } from '@noble/curves/utils.js';
import { sha512 } from '@noble/hashes/sha2.js';

let edwards25519: EdwardsPointCons | undefined;
/**
 * The edwards25519 group (RFC 8032 §5.1 parameters), built with noble's `edwards` on first use
 * (noble's ready-made ed25519 module builds several curves at import, a start-up cost).
 */
function group(): EdwardsPointCons {
  const p = 2n ** 255n - 19n;
  edwards25519 ??= edwards({
    p,
    n: 2n ** 252n + 27742317777372353535851937790883648493n,
    h: 8n,
    a: p - 1n,
    d: BigInt('0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3'),
    Gx: BigInt('0x216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51a'),
    Gy: BigInt('0x6666666666666666666666666666666666666666666666666666666666666658'),
  });
  return edwards25519;
}

/** Whether `sig` is a valid Ed25519 signature of `msg` by the 32-byte public key `pub`. */
export function verifyEd25519(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  if (pub.length !== 32 || sig.length !== 64 || ((sig[63] as number) & 0xe0) !== 0) return false;
  const Point = group();
  const L = Point.Fn.ORDER;
  let A: ReturnType<EdwardsPointCons['fromBytes']>;
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
