import * as nc from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { curveByOid } from '../../src/go/crypto/curves.js';
import { parseUncompressedPublicKey, verifyAsn1 } from '../../src/go/crypto/ecdsa.js';
import { verifyEd25519 } from '../../src/go/crypto/ed25519.js';
import { verifyPkcs1v15, verifyPss } from '../../src/go/crypto/rsa.js';
import { digest, type HashName } from '../../src/go/crypto/sha.js';

const big = (b64url: string) => BigInt(`0x${Buffer.from(b64url, 'base64url').toString('hex') || '0'}`);
const NODE_HASH: Record<HashName, string> = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

describe('SHA family', () => {
  test('matches node:crypto on arbitrary inputs', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        for (const h of Object.keys(NODE_HASH) as HashName[]) {
          expect(Buffer.from(digest(h, data)).toString('hex')).toBe(nc.createHash(NODE_HASH[h]).update(data).digest('hex'));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('signature verification', () => {
  const msg = Buffer.from('to be signed');
  test('RSA PKCS#1 v1.5 and PSS', () => {
    const { publicKey, privateKey } = nc.generateKeyPairSync('rsa', { modulusLength: 1024 });
    const jwk = publicKey.export({ format: 'jwk' });
    const key = { n: big(jwk.n ?? ''), e: big(jwk.e ?? '') };
    const sig = nc.sign('sha256', msg, privateKey);
    expect(verifyPkcs1v15(key, 'SHA-256', digest('SHA-256', msg), sig)).toBeUndefined();
    expect(verifyPkcs1v15(key, 'SHA-256', digest('SHA-256', Buffer.from('other')), sig)).toBe('crypto/rsa: verification error');
    const pss = nc.sign('sha384', msg, { key: privateKey, padding: nc.constants.RSA_PKCS1_PSS_PADDING, saltLength: 48 });
    expect(verifyPss(key, 'SHA-384', digest('SHA-384', msg), pss)).toBeUndefined();
    expect(verifyPss(key, 'SHA-384', digest('SHA-384', msg), sig)).toBe('crypto/rsa: verification error');
  });

  test.each([
    ['secp224r1', '1.3.132.0.33', 'SHA-256'],
    ['prime256v1', '1.2.840.10045.3.1.7', 'SHA-256'],
    ['secp384r1', '1.3.132.0.34', 'SHA-384'],
    ['secp521r1', '1.3.132.0.35', 'SHA-512'],
  ] as const)('ECDSA on %s', (name, oid, hash) => {
    const { publicKey, privateKey } = nc.generateKeyPairSync('ec', { namedCurve: name });
    const spki = publicKey.export({ type: 'spki', format: 'der' });
    const curve = curveByOid(oid);
    if (curve === undefined) throw new Error('curve missing');
    const point = Uint8Array.from(spki.subarray(spki.length - (1 + 2 * curve.size)));
    const key = parseUncompressedPublicKey(curve, point);
    if (typeof key === 'string') throw new Error(key);
    const offCurve = Uint8Array.from(point);
    offCurve[offCurve.length - 1] = (offCurve[offCurve.length - 1] ?? 0) ^ 1;
    expect(parseUncompressedPublicKey(curve, offCurve)).toMatch(/invalid/);
    const compressed = Uint8Array.from(point.subarray(0, 1 + curve.size));
    compressed[0] = 2;
    expect(parseUncompressedPublicKey(curve, compressed)).toBe('ecdsa: invalid uncompressed public key');
    const sig = nc.sign(NODE_HASH[hash], msg, privateKey);
    expect(verifyAsn1(key, digest(hash, msg), sig)).toBe(true);
    // the digest is truncated to the order's length, as Go's hashToNat does
    expect(verifyAsn1(key, digest(hash, Buffer.from('x')), sig)).toBe(false);
    expect(verifyAsn1(key, digest(hash, msg), sig.subarray(1))).toBe(false);
    // cryptobyte: nothing may follow the SEQUENCE
    expect(verifyAsn1(key, digest(hash, msg), Buffer.concat([sig, Buffer.from([0])]))).toBe(false);
  });

  test('ECDSA (Go VerifyASN1): high-S signatures verify; r or s out of range do not', () => {
    const { publicKey, privateKey } = nc.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const spki = publicKey.export({ type: 'spki', format: 'der' });
    const curve = curveByOid('1.2.840.10045.3.1.7');
    if (curve === undefined) throw new Error('curve missing');
    const key = parseUncompressedPublicKey(curve, Uint8Array.from(spki.subarray(spki.length - 65)));
    if (typeof key === 'string') throw new Error(key);
    const n = curve.Point.Fn.ORDER;
    const sig = nc.sign('sha256', msg, { key: privateKey, dsaEncoding: 'ieee-p1363' });
    const r = big(Buffer.from(sig.subarray(0, 32)).toString('base64url'));
    const s = big(Buffer.from(sig.subarray(32)).toString('base64url'));
    const int = (v: bigint) => {
      let h = v.toString(16);
      if (h.length % 2) h = `0${h}`;
      if (Number.parseInt(h.slice(0, 2), 16) >= 0x80) h = `00${h}`;
      return Buffer.concat([Buffer.from([2, h.length / 2]), Buffer.from(h, 'hex')]);
    };
    const der = (a: bigint, b: bigint) => {
      const body = Buffer.concat([int(a), int(b)]);
      return Buffer.concat([Buffer.from([0x30, body.length]), body]);
    };
    const h = digest('SHA-256', msg);
    expect(verifyAsn1(key, h, der(r, s))).toBe(true);
    expect(verifyAsn1(key, h, der(r, n - s))).toBe(true);
    expect(verifyAsn1(key, h, der(r + n, s))).toBe(false);
    expect(verifyAsn1(key, h, der(r, 0n))).toBe(false);
  });

  test('Ed25519', () => {
    const { publicKey, privateKey } = nc.generateKeyPairSync('ed25519');
    const pub = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
    const sig = nc.sign(null, msg, privateKey);
    expect(verifyEd25519(pub, msg, sig)).toBe(true);
    expect(verifyEd25519(pub, Buffer.from('other'), sig)).toBe(false);
    const bad = Uint8Array.from(sig);
    bad[63] = 0xff;
    expect(verifyEd25519(pub, msg, bad)).toBe(false);
  });

  // Go's crypto/ed25519.Verify is cofactorless and accepts small-order and non-canonical keys
  // (noble's own verify rejects the first in strict mode and is cofactored in ZIP 215 mode).
  test('Ed25519 as Go verifies it: the identity key with R = B and S = 1 verifies', () => {
    const base = Buffer.from('5866666666666666666666666666666666666666666666666666666666666666', 'hex');
    const s1 = Buffer.alloc(32);
    s1[0] = 1;
    const sig = Buffer.concat([base, s1]);
    const identity = Buffer.from(`01${'00'.repeat(31)}`, 'hex');
    expect(verifyEd25519(identity, Buffer.from('m'), sig)).toBe(true);
    const nonCanonicalIdentity = Buffer.from(`ee${'ff'.repeat(30)}7f`, 'hex');
    expect(verifyEd25519(nonCanonicalIdentity, Buffer.from('m'), sig)).toBe(true);
    // S = L + 1 is not canonical
    const l1 = Buffer.from('eed3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010', 'hex');
    expect(verifyEd25519(identity, Buffer.from('m'), Buffer.concat([base, l1]))).toBe(false);
  });
});
