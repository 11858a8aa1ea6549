/**
 * RSA signature verification (RSASSA-PKCS1-v1_5 and RSASSA-PSS with salt length = hash
 * length), accepting what Go's `crypto/rsa` accepts. Returns an error text or undefined.
 */
import { bigToBytes, bitLength, bytesEqual, bytesToBig, modPow } from './bigint.js';
import { digest, HASH_SIZE, type HashName } from './sha.js';

/** An RSA public key. */
export interface RsaKey {
  readonly n: bigint;
  readonly e: bigint;
}

const VERIFY_FAILED = 'crypto/rsa: verification error';

const DIGEST_INFO: Readonly<Record<HashName, string>> = {
  'SHA-1': '3021300906052b0e03021a05000414',
  'SHA-256': '3031300d060960864801650304020105000420',
  'SHA-384': '3041300d060960864801650304020205000430',
  'SHA-512': '3051300d060960864801650304020305000440',
};

const hex = (s: string): Uint8Array => Uint8Array.from(s.match(/../g) ?? [], (h) => Number.parseInt(h, 16));

/** The smallest RSA key Go ≥ 1.24 verifies with (GODEBUG rsa1024min=1, its default). */
export const MIN_RSA_BITS = 1024;

/**
 * Go's public-key checks before any RSA operation.
 * @param minBits - the smallest key accepted: 1024 (Go ≥ 1.24), or 0 (programs built for Go 1.23
 * and older, where rsa1024min defaults to off)
 */
function checkKey(key: RsaKey, minBits: number): string | undefined {
  const bits = bitLength(key.n);
  if (bits < minBits) return `crypto/rsa: ${bits}-bit keys are insecure (keys must be at least 1024 bits)`;
  if (bits > 16384) return 'crypto/rsa: modulus too large';
  if ((key.n & 1n) === 0n) return 'crypto/rsa: modulus is even';
  if (key.e < 2n) return 'crypto/rsa: public exponent is less than 2';
  if ((key.e & 1n) === 0n) return 'crypto/rsa: public exponent is even';
  if (key.e > 2n ** 31n - 1n) return 'crypto/rsa: public exponent too large';
  return undefined;
}

/** s^e mod n as `len` bytes, or undefined when the signature is out of range. */
function open(key: RsaKey, sig: Uint8Array, len: number): Uint8Array | undefined {
  const k = Math.ceil(bitLength(key.n) / 8);
  if (sig.length !== k) return undefined;
  const s = bytesToBig(sig);
  if (s >= key.n) return undefined;
  const m = modPow(s, key.e, key.n);
  if (bitLength(m) > len * 8) return undefined;
  return bigToBytes(m, len);
}

/** Verifies an RSASSA-PKCS1-v1_5 signature over `hashed` (the digest of the message). */
export function verifyPkcs1v15(
  key: RsaKey,
  hash: HashName,
  hashed: Uint8Array,
  sig: Uint8Array,
  minBits = MIN_RSA_BITS,
): string | undefined {
  const bad = checkKey(key, minBits);
  if (bad !== undefined) return bad;
  const k = Math.ceil(bitLength(key.n) / 8);
  const t = new Uint8Array([...hex(DIGEST_INFO[hash]), ...hashed]);
  if (k < t.length + 11) return VERIFY_FAILED;
  const em = open(key, sig, k);
  if (em === undefined) return VERIFY_FAILED;
  const want = new Uint8Array(k).fill(0xff);
  want[0] = 0;
  want[1] = 1;
  want[k - t.length - 1] = 0;
  want.set(t, k - t.length);
  return bytesEqual(em, want) ? undefined : VERIFY_FAILED;
}

function mgf1(hash: HashName, seed: Uint8Array, len: number): Uint8Array {
  const out = new Uint8Array(len);
  for (let c = 0, off = 0; off < len; c++, off += HASH_SIZE[hash]) {
    const block = digest(hash, new Uint8Array([...seed, c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff]));
    out.set(block.subarray(0, Math.min(block.length, len - off)), off);
  }
  return out;
}

/** Verifies an RSASSA-PSS signature (MGF1 with the same hash, salt length = hash length). */
export function verifyPss(key: RsaKey, hash: HashName, hashed: Uint8Array, sig: Uint8Array, minBits = MIN_RSA_BITS): string | undefined {
  const bad = checkKey(key, minBits);
  if (bad !== undefined) return bad;
  const hLen = HASH_SIZE[hash];
  const emBits = bitLength(key.n) - 1;
  const emLen = Math.ceil(emBits / 8);
  if (emLen < 2 * hLen + 2) return VERIFY_FAILED;
  const em = open(key, sig, emLen);
  if (em === undefined || em[emLen - 1] !== 0xbc) return VERIFY_FAILED;
  const dbLen = emLen - hLen - 1;
  const h = em.subarray(dbLen, dbLen + hLen);
  const topMask = 0xff >> (8 * emLen - emBits);
  if (((em[0] ?? 0) & ~topMask) !== 0) return VERIFY_FAILED;
  const db = mgf1(hash, h, dbLen).map((x, i) => x ^ (em[i] ?? 0));
  db[0] = (db[0] ?? 0) & topMask;
  const psLen = dbLen - hLen - 1;
  if (!db.subarray(0, psLen).every((x) => x === 0) || db[psLen] !== 1) return VERIFY_FAILED;
  const mPrime = new Uint8Array([...new Uint8Array(8), ...hashed, ...db.subarray(dbLen - hLen)]);
  return bytesEqual(digest(hash, mPrime), h) ? undefined : VERIFY_FAILED;
}
