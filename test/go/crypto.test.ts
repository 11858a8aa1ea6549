import * as nc from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { curveByOid, onCurve } from '../../src/go/crypto/curves.js';
import { verifyEcdsa } from '../../src/go/crypto/ecdsa.js';
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
    ['prime256v1', '1.2.840.10045.3.1.7', 'SHA-256'],
    ['secp384r1', '1.3.132.0.34', 'SHA-384'],
    ['secp521r1', '1.3.132.0.35', 'SHA-256'],
  ] as const)('ECDSA on %s', (name, oid, hash) => {
    const { publicKey, privateKey } = nc.generateKeyPairSync('ec', { namedCurve: name });
    const jwk = publicKey.export({ format: 'jwk' });
    const curve = curveByOid(oid);
    if (curve === undefined) throw new Error('curve missing');
    const [x, y] = [big(jwk.x ?? ''), big(jwk.y ?? '')];
    expect(onCurve(curve, x, y)).toBe(true);
    expect(onCurve(curve, x, y + 1n)).toBe(false);
    const sig = nc.sign(NODE_HASH[hash], msg, privateKey);
    expect(verifyEcdsa(curve, x, y, digest(hash, msg), sig)).toBe(true);
    expect(verifyEcdsa(curve, x, y, digest(hash, Buffer.from('x')), sig)).toBe(false);
    expect(verifyEcdsa(curve, x, y, digest(hash, msg), sig.subarray(1))).toBe(false);
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
});
