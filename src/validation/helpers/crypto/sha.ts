/**
 * SHA-1, SHA-256, SHA-384 and SHA-512 (FIPS 180-4), synchronous and dependency-free, for
 * verifying signatures in browsers without the asynchronous WebCrypto API.
 */

/** The hash functions signature verification needs. */
export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/** Digest length in bytes per hash. */
export const HASH_SIZE: Readonly<Record<HashName, number>> = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

/** Digest of `data` with `hash`. */
export function digest(hash: HashName, data: Uint8Array): Uint8Array {
  if (hash === 'SHA-1') return sha1(data);
  if (hash === 'SHA-256') return sha256(data);
  return sha512(data, hash === 'SHA-384');
}

function pad(data: Uint8Array, block: number, lenBytes: number): Uint8Array {
  const total = Math.ceil((data.length + 1 + lenBytes) / block) * block;
  const out = new Uint8Array(total);
  out.set(data);
  out[data.length] = 0x80;
  const bits = BigInt(data.length) * 8n;
  for (let i = 0; i < 8; i++) out[total - 1 - i] = Number((bits >> BigInt(8 * i)) & 0xffn);
  return out;
}

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));
const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

function words(m: Uint8Array, off: number, w: Uint32Array, count: number): void {
  for (let i = 0; i < count; i++) {
    const j = off + 4 * i;
    w[i] = (((m[j] ?? 0) << 24) | ((m[j + 1] ?? 0) << 16) | ((m[j + 2] ?? 0) << 8) | (m[j + 3] ?? 0)) >>> 0;
  }
}

function out32(h: Uint32Array, n: number): Uint8Array {
  const o = new Uint8Array(4 * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < 4; k++) o[4 * i + k] = ((h[i] ?? 0) >>> (24 - 8 * k)) & 0xff;
  return o;
}

function sha1(data: Uint8Array): Uint8Array {
  const m = pad(data, 64, 8);
  const h = Uint32Array.of(0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0);
  const w = new Uint32Array(80);
  for (let off = 0; off < m.length; off += 64) {
    words(m, off, w, 16);
    for (let i = 16; i < 80; i++) w[i] = rotl((w[i - 3] ?? 0) ^ (w[i - 8] ?? 0) ^ (w[i - 14] ?? 0) ^ (w[i - 16] ?? 0), 1);
    let [a, b, c, d, e] = [h[0] ?? 0, h[1] ?? 0, h[2] ?? 0, h[3] ?? 0, h[4] ?? 0];
    for (let i = 0; i < 80; i++) {
      const [f, k] =
        i < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : i < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : i < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const t = (rotl(a, 5) + f + e + k + (w[i] ?? 0)) >>> 0;
      [e, d, c, b, a] = [d, c, rotl(b, 30) >>> 0, a, t];
    }
    [a, b, c, d, e].forEach((v, i) => {
      h[i] = ((h[i] ?? 0) + v) >>> 0;
    });
  }
  return out32(h, 5);
}

const K256 = Uint32Array.from(
  '428a2f98 71374491 b5c0fbcf e9b5dba5 3956c25b 59f111f1 923f82a4 ab1c5ed5 d807aa98 12835b01 243185be 550c7dc3 72be5d74 80deb1fe 9bdc06a7 c19bf174 e49b69c1 efbe4786 0fc19dc6 240ca1cc 2de92c6f 4a7484aa 5cb0a9dc 76f988da 983e5152 a831c66d b00327c8 bf597fc7 c6e00bf3 d5a79147 06ca6351 14292967 27b70a85 2e1b2138 4d2c6dfc 53380d13 650a7354 766a0abb 81c2c92e 92722c85 a2bfe8a1 a81a664b c24b8b70 c76c51a3 d192e819 d6990624 f40e3585 106aa070 19a4c116 1e376c08 2748774c 34b0bcb5 391c0cb3 4ed8aa4a 5b9cca4f 682e6ff3 748f82ee 78a5636f 84c87814 8cc70208 90befffa a4506ceb bef9a3f7 c67178f2'
    .split(' ')
    .map((x) => Number.parseInt(x, 16)),
);

function sha256(data: Uint8Array): Uint8Array {
  const m = pad(data, 64, 8);
  const h = Uint32Array.of(0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);
  const w = new Uint32Array(64);
  for (let off = 0; off < m.length; off += 64) {
    words(m, off, w, 16);
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15] ?? 0;
      const y = w[i - 2] ?? 0;
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[i] = ((w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1) >>> 0;
    }
    const v = Array.from(h);
    for (let i = 0; i < 64; i++) {
      const [a, b, c, d, e, f, g, hh] = v as [number, number, number, number, number, number, number, number];
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K256[i] ?? 0) + (w[i] ?? 0)) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      v.splice(0, 8, (t1 + t2) >>> 0, a, b, c, (d + t1) >>> 0, e, f, g);
    }
    v.forEach((x, i) => {
      h[i] = ((h[i] ?? 0) + x) >>> 0;
    });
  }
  return out32(h, 8);
}

const M64 = (1n << 64n) - 1n;
const r64 = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & M64;
let K512: bigint[] | undefined;
const IV512 =
  '6a09e667f3bcc908 bb67ae8584caa73b 3c6ef372fe94f82b a54ff53a5f1d36f1 510e527fade682d1 9b05688c2b3e6c1f 1f83d9abfb41bd6b 5be0cd19137e2179';
const IV384 =
  'cbbb9d5dc1059ed8 629a292a367cd507 9159015a3070dd17 152fecd8f70e5939 67332667ffc00b31 8eb44a8768581511 db0c2e0d64f98fa7 47b5481dbefa4fa4';

/** SHA-512's round constants: the first 64 bits of the fractional cube roots of the first 80 primes. */
function k512(): bigint[] {
  if (K512 !== undefined) return K512;
  const primes: number[] = [];
  for (let n = 2; primes.length < 80; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  K512 = primes.map((p) => {
    // floor(frac(cbrt(p)) * 2^64) by integer cube root of p * 2^192
    const target = BigInt(p) << 192n;
    let lo = 0n;
    let hi = 1n << 72n;
    while (hi - lo > 1n) {
      const mid = (lo + hi) >> 1n;
      if (mid * mid * mid <= target) lo = mid;
      else hi = mid;
    }
    return lo & M64;
  });
  return K512;
}

function sha512(data: Uint8Array, is384: boolean): Uint8Array {
  const m = pad(data, 128, 16);
  const K = k512();
  const h = (is384 ? IV384 : IV512).split(' ').map((x) => BigInt(`0x${x}`));
  const w: bigint[] = new Array(80).fill(0n);
  for (let off = 0; off < m.length; off += 128) {
    for (let i = 0; i < 16; i++) {
      let x = 0n;
      for (let k = 0; k < 8; k++) x = (x << 8n) | BigInt(m[off + 8 * i + k] ?? 0);
      w[i] = x;
    }
    for (let i = 16; i < 80; i++) {
      const x = w[i - 15] ?? 0n;
      const y = w[i - 2] ?? 0n;
      const s0 = r64(x, 1n) ^ r64(x, 8n) ^ (x >> 7n);
      const s1 = r64(y, 19n) ^ r64(y, 61n) ^ (y >> 6n);
      w[i] = ((w[i - 16] ?? 0n) + s0 + (w[i - 7] ?? 0n) + s1) & M64;
    }
    let [a, b, c, d, e, f, g, hh] = h as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    for (let i = 0; i < 80; i++) {
      const t1 = (hh + (r64(e, 14n) ^ r64(e, 18n) ^ r64(e, 41n)) + ((e & f) ^ (~e & M64 & g)) + (K[i] ?? 0n) + (w[i] ?? 0n)) & M64;
      const t2 = ((r64(a, 28n) ^ r64(a, 34n) ^ r64(a, 39n)) + ((a & b) ^ (a & c) ^ (b & c))) & M64;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d + t1) & M64, c, b, a, (t1 + t2) & M64];
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => {
      h[i] = ((h[i] ?? 0n) + x) & M64;
    });
  }
  const out = new Uint8Array(64);
  h.forEach((x, i) => {
    for (let k = 0; k < 8; k++) out[8 * i + k] = Number((x >> BigInt(56 - 8 * k)) & 0xffn);
  });
  return is384 ? out.subarray(0, 48) : out;
}
