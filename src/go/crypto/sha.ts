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
    let a = h[0] ?? 0;
    let b = h[1] ?? 0;
    let c = h[2] ?? 0;
    let d = h[3] ?? 0;
    let e = h[4] ?? 0;
    let f = h[5] ?? 0;
    let g = h[6] ?? 0;
    let hh = h[7] ?? 0;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K256[i] ?? 0) + (w[i] ?? 0)) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => {
      h[i] = ((h[i] ?? 0) + x) >>> 0;
    });
  }
  return out32(h, 8);
}

let K512: Uint32Array | undefined;
const IV512 =
  '6a09e667f3bcc908 bb67ae8584caa73b 3c6ef372fe94f82b a54ff53a5f1d36f1 510e527fade682d1 9b05688c2b3e6c1f 1f83d9abfb41bd6b 5be0cd19137e2179';
const IV384 =
  'cbbb9d5dc1059ed8 629a292a367cd507 9159015a3070dd17 152fecd8f70e5939 67332667ffc00b31 8eb44a8768581511 db0c2e0d64f98fa7 47b5481dbefa4fa4';

/** 64-bit words as [hi, lo] 32-bit pairs in one array. */
const halves = (hex: string): Uint32Array =>
  Uint32Array.from(hex.split(' ').flatMap((x) => [Number.parseInt(x.slice(0, 8), 16), Number.parseInt(x.slice(8), 16)]));

/** SHA-512's round constants: the first 64 bits of the fractional cube roots of the first 80 primes. */
function k512(): Uint32Array {
  if (K512 !== undefined) return K512;
  const primes: number[] = [];
  for (let n = 2; primes.length < 80; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  const out = new Uint32Array(160);
  primes.forEach((p, i) => {
    // floor(frac(cbrt(p)) * 2^64), by an integer cube root of p * 2^192
    const target = BigInt(p) << 192n;
    let lo = 0n;
    let hi = 1n << 72n;
    while (hi - lo > 1n) {
      const mid = (lo + hi) >> 1n;
      if (mid * mid * mid <= target) lo = mid;
      else hi = mid;
    }
    out[2 * i] = Number((lo >> 32n) & 0xffffffffn);
    out[2 * i + 1] = Number(lo & 0xffffffffn);
  });
  K512 = out;
  return out;
}

/** Rotate the 64-bit value (hi, lo) right by n (0 < n < 64): returns [hi, lo]. */
function rotr64(hi: number, lo: number, n: number): [number, number] {
  if (n === 32) return [lo, hi];
  if (n > 32) return rotr64(lo, hi, n - 32);
  return [((hi >>> n) | (lo << (32 - n))) >>> 0, ((lo >>> n) | (hi << (32 - n))) >>> 0];
}

/** Shift the 64-bit value right by n (0 < n < 32). */
const shr64 = (hi: number, lo: number, n: number): [number, number] => [hi >>> n, ((lo >>> n) | (hi << (32 - n))) >>> 0];

const xor3 = (a: [number, number], b: [number, number], c: [number, number]): [number, number] => [
  (a[0] ^ b[0] ^ c[0]) >>> 0,
  (a[1] ^ b[1] ^ c[1]) >>> 0,
];

/** Sum of 64-bit values given as [hi, lo] pairs. */
function add64(...xs: [number, number][]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const [h, l] of xs) {
    lo += l;
    hi += h;
  }
  hi += Math.floor(lo / 0x100000000);
  return [hi >>> 0, lo >>> 0];
}

function sha512(data: Uint8Array, is384: boolean): Uint8Array {
  const m = pad(data, 128, 16);
  const K = k512();
  const h = halves(is384 ? IV384 : IV512);
  const w = new Uint32Array(160);
  const at = (arr: Uint32Array, i: number): [number, number] => [arr[2 * i] ?? 0, arr[2 * i + 1] ?? 0];
  for (let off = 0; off < m.length; off += 128) {
    words(m, off, w, 32);
    for (let i = 16; i < 80; i++) {
      const x = at(w, i - 15);
      const y = at(w, i - 2);
      const s0 = xor3(rotr64(x[0], x[1], 1), rotr64(x[0], x[1], 8), shr64(x[0], x[1], 7));
      const s1 = xor3(rotr64(y[0], y[1], 19), rotr64(y[0], y[1], 61), shr64(y[0], y[1], 6));
      [w[2 * i], w[2 * i + 1]] = add64(at(w, i - 16), s0, at(w, i - 7), s1);
    }
    const v = Array.from({ length: 8 }, (_, i) => at(h, i));
    for (let i = 0; i < 80; i++) {
      const [a, b, c, d, e, f, g, hh] = v as [number, number][] as [
        [number, number],
        [number, number],
        [number, number],
        [number, number],
        [number, number],
        [number, number],
        [number, number],
        [number, number],
      ];
      const S1 = xor3(rotr64(e[0], e[1], 14), rotr64(e[0], e[1], 18), rotr64(e[0], e[1], 41));
      const ch: [number, number] = [((e[0] & f[0]) ^ (~e[0] & g[0])) >>> 0, ((e[1] & f[1]) ^ (~e[1] & g[1])) >>> 0];
      const t1 = add64(hh, S1, ch, at(K, i), at(w, i));
      const S0 = xor3(rotr64(a[0], a[1], 28), rotr64(a[0], a[1], 34), rotr64(a[0], a[1], 39));
      const maj: [number, number] = [
        ((a[0] & b[0]) ^ (a[0] & c[0]) ^ (b[0] & c[0])) >>> 0,
        ((a[1] & b[1]) ^ (a[1] & c[1]) ^ (b[1] & c[1])) >>> 0,
      ];
      const t2 = add64(S0, maj);
      v[7] = g;
      v[6] = f;
      v[5] = e;
      v[4] = add64(d, t1);
      v[3] = c;
      v[2] = b;
      v[1] = a;
      v[0] = add64(t1, t2);
    }
    v.forEach((x, i) => {
      [h[2 * i], h[2 * i + 1]] = add64(at(h, i), x);
    });
  }
  const out = out32(h, 16);
  return is384 ? out.subarray(0, 48) : out;
}
