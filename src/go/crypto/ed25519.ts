/** Ed25519 signature verification (RFC 8032, cofactorless, as Go's `ed25519.Verify`). */
import { bigToBytes, bytesEqual, bytesToBig, mod, modInv, modPow } from './bigint.js';
import { digest } from './sha.js';

const P = 2n ** 255n - 19n;
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
/** Curve constants, computed on first use so that importing costs nothing. */
let constants: { d: bigint; sqrtM1: bigint } | undefined;
const curveConstants = () => {
  constants ??= { d: mod(-121665n * modInv(121666n, P), P), sqrtM1: modPow(2n, (P - 1n) / 4n, P) };
  return constants;
};

/** Extended twisted Edwards coordinates (X : Y : Z : T). */
type Ext = readonly [bigint, bigint, bigint, bigint];
const IDENTITY: Ext = [0n, 1n, 1n, 0n];

function add([x1, y1, z1, t1]: Ext, [x2, y2, z2, t2]: Ext): Ext {
  const a = mod((y1 - x1) * (y2 - x2), P);
  const b = ((y1 + x1) * (y2 + x2)) % P;
  const c = (t1 * 2n * curveConstants().d * t2) % P;
  const d = (z1 * 2n * z2) % P;
  const e = mod(b - a, P);
  const f = mod(d - c, P);
  const g = (d + c) % P;
  const h = (b + a) % P;
  return [(e * f) % P, (g * h) % P, (f * g) % P, (e * h) % P];
}

function mul(k: bigint, pt: Ext): Ext {
  let acc = IDENTITY;
  for (let i = k.toString(2).length - 1; i >= 0; i--) {
    acc = add(acc, acc);
    if ((k >> BigInt(i)) & 1n) acc = add(acc, pt);
  }
  return acc;
}

/** Little-endian bytes → bigint. */
const le = (b: Uint8Array): bigint => bytesToBig(Uint8Array.from(b).reverse());

/** Decodes a 32-byte point (non-canonical y accepted, as Go does); undefined when not on the curve. */
function decode(b: Uint8Array): Ext | undefined {
  const sign = ((b[31] ?? 0) >> 7) & 1;
  const y = mod(le(b) & (2n ** 255n - 1n), P);
  const u = mod(y * y - 1n, P);
  const v = mod(curveConstants().d * y * y + 1n, P);
  const x2 = (u * modInv(v, P)) % P;
  let x = modPow(x2, (P + 3n) / 8n, P);
  if ((x * x) % P !== x2) x = (x * curveConstants().sqrtM1) % P;
  if ((x * x) % P !== x2) return undefined;
  if (Number(x & 1n) !== sign) x = mod(-x, P);
  return [x, y, 1n, (x * y) % P];
}

function encode([x, y, z]: Ext): Uint8Array {
  const zi = modInv(z, P);
  const ax = (x * zi) % P;
  const ay = (y * zi) % P;
  const out = bigToBytes(ay, 32).reverse();
  out[31] = (out[31] ?? 0) | (Number(ax & 1n) << 7);
  return out;
}

let base: Ext | undefined;
const basePoint = (): Ext => {
  base ??= decode(encode([0n, mod(4n * modInv(5n, P), P), 1n, 0n])) ?? IDENTITY;
  return base;
};

/** Whether `sig` is a valid Ed25519 signature of `message` by the 32-byte public key `pub`. */
export function verifyEd25519(pub: Uint8Array, message: Uint8Array, sig: Uint8Array): boolean {
  if (pub.length !== 32 || sig.length !== 64 || ((sig[63] ?? 0) & 224) !== 0) return false;
  const a = decode(pub);
  if (a === undefined) return false;
  const s = le(sig.subarray(32));
  if (s >= L) return false;
  const k = le(digest('SHA-512', new Uint8Array([...sig.subarray(0, 32), ...pub, ...message]))) % L;
  const negA: Ext = [mod(-a[0], P), a[1], a[2], mod(-a[3], P)];
  const r = add(mul(s, basePoint()), mul(k, negA));
  return bytesEqual(encode(r), sig.subarray(0, 32));
}
