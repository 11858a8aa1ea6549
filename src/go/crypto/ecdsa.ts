/** ECDSA signature verification on the NIST curves, as Go's `ecdsa.VerifyASN1` checks it. */
import { readDer, TAG } from '../asn1/der.js';
import { integerContent } from '../asn1/values.js';
import { bitLength, bytesToBig, mod, modInv } from './bigint.js';
import type { Curve } from './curves.js';

/** A point in Jacobian coordinates; z = 0 is the point at infinity. */
type Jac = readonly [bigint, bigint, bigint];

function double(c: Curve, [x, y, z]: Jac): Jac {
  const p = c.p;
  if (z === 0n || y === 0n) return [0n, 1n, 0n];
  const delta = (z * z) % p;
  const gamma = (y * y) % p;
  const beta = (x * gamma) % p;
  const alpha = (3n * (x - delta) * (x + delta)) % p;
  const x3 = mod(alpha * alpha - 8n * beta, p);
  const z3 = mod((y + z) * (y + z) - gamma - delta, p);
  const y3 = mod(alpha * (4n * beta - x3) - 8n * gamma * gamma, p);
  return [x3, y3, z3];
}

function add(c: Curve, a: Jac, b: Jac): Jac {
  const p = c.p;
  if (a[2] === 0n) return b;
  if (b[2] === 0n) return a;
  const z1z1 = (a[2] * a[2]) % p;
  const z2z2 = (b[2] * b[2]) % p;
  const u1 = (a[0] * z2z2) % p;
  const u2 = (b[0] * z1z1) % p;
  const s1 = (a[1] * b[2] * z2z2) % p;
  const s2 = (b[1] * a[2] * z1z1) % p;
  const h = mod(u2 - u1, p);
  const r = mod(s2 - s1, p);
  if (h === 0n) return r === 0n ? double(c, a) : [0n, 1n, 0n];
  const hh = (h * h) % p;
  const hhh = (h * hh) % p;
  const v = (u1 * hh) % p;
  const x3 = mod(r * r - hhh - 2n * v, p);
  const y3 = mod(r * (v - x3) - s1 * hhh, p);
  return [x3, y3, (a[2] * b[2] * h) % p];
}

/** u1·G + u2·Q (Shamir's trick), as affine x, or undefined at infinity. */
function twoMulX(c: Curve, u1: bigint, u2: bigint, qx: bigint, qy: bigint): bigint | undefined {
  const g: Jac = [c.gx, c.gy, 1n];
  const q: Jac = [qx, qy, 1n];
  const gq = add(c, g, q);
  let acc: Jac = [0n, 1n, 0n];
  for (let i = Math.max(bitLength(u1), bitLength(u2)) - 1; i >= 0; i--) {
    acc = double(c, acc);
    const b1 = (u1 >> BigInt(i)) & 1n;
    const b2 = (u2 >> BigInt(i)) & 1n;
    if (b1 && b2) acc = add(c, acc, gq);
    else if (b1) acc = add(c, acc, g);
    else if (b2) acc = add(c, acc, q);
  }
  if (acc[2] === 0n) return undefined;
  const zi = modInv(acc[2], c.p);
  return (acc[0] * zi * zi) % c.p;
}

/** r and s of a DER `SEQUENCE { r INTEGER, s INTEGER }` with nothing after it. */
function parseSig(sig: Uint8Array): [bigint, bigint] | undefined {
  const seq = readDer(sig);
  if (typeof seq === 'string' || seq.end !== sig.length || seq.cls !== 0 || seq.tag !== TAG.SEQUENCE || !seq.constructed) return undefined;
  const r = readDer(sig, seq.contentStart, seq.end);
  if (typeof r === 'string' || r.cls !== 0 || r.tag !== TAG.INTEGER || r.constructed) return undefined;
  const s = readDer(sig, r.end, seq.end);
  if (typeof s === 'string' || s.end !== seq.end || s.cls !== 0 || s.tag !== TAG.INTEGER || s.constructed) return undefined;
  const rv = integerContent(sig.subarray(r.contentStart, r.end));
  const sv = integerContent(sig.subarray(s.contentStart, s.end));
  return typeof rv === 'bigint' && typeof sv === 'bigint' ? [rv, sv] : undefined;
}

/** Go's hashToInt: the digest truncated to the bit length of the group order. */
function hashToInt(c: Curve, hashed: Uint8Array): bigint {
  const orderBits = bitLength(c.n);
  const orderBytes = Math.ceil(orderBits / 8);
  const h = hashed.subarray(0, Math.min(hashed.length, orderBytes));
  const excess = h.length * 8 - orderBits;
  const v = bytesToBig(h);
  return excess > 0 ? v >> BigInt(excess) : v;
}

/** Whether `sig` (ASN.1 DER) is a valid ECDSA signature of `hashed` by public key (qx, qy). */
export function verifyEcdsa(c: Curve, qx: bigint, qy: bigint, hashed: Uint8Array, sig: Uint8Array): boolean {
  const rs = parseSig(sig);
  if (rs === undefined) return false;
  const [r, s] = rs;
  if (r <= 0n || s <= 0n || r >= c.n || s >= c.n) return false;
  const w = modInv(s, c.n);
  const e = hashToInt(c, hashed);
  const x = twoMulX(c, (e * w) % c.n, (r * w) % c.n, qx, qy);
  return x !== undefined && x % c.n === r;
}
