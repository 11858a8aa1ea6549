import { describe, expect, test } from 'vitest';
import { errorsFor, pairs } from './run.js';

const key = (privateKey: unknown) => pairs(errorsFor({ privateKey }));

describe('private key', () => {
  test('CERT-PRIVATEKEY-RSA-SIZE: RSA sizes between 2048 and 8192 (0 means default)', () => {
    for (const size of [0, 2048, 3072, 8192]) expect(key({ algorithm: 'RSA', size })).toEqual([]);
    expect(key({ size: 1024 })).toEqual(['FieldValueInvalid spec.privateKey.size']);
    expect(key({ algorithm: 'RSA', size: 8196 })).toEqual(['FieldValueInvalid spec.privateKey.size']);
    expect(key({ algorithm: 'RSA', size: -1 })).toEqual([]);
  });

  test('CERT-PRIVATEKEY-ECDSA-SIZE: ECDSA sizes 256, 384 or 521', () => {
    for (const size of [0, 256, 384, 521]) expect(key({ algorithm: 'ECDSA', size })).toEqual([]);
    const errs = errorsFor({ privateKey: { algorithm: 'ECDSA', size: 2048 } });
    expect(pairs(errs)).toEqual(['FieldValueNotSupported spec.privateKey.size']);
    expect(errs[0]!.detail).toBe('supported values: "256", "384", "521"');
  });

  test('CERT-PRIVATEKEY-ALGORITHM: only RSA, ECDSA, Ed25519 (case-sensitive) or empty', () => {
    expect(key({ algorithm: 'Ed25519', size: 1 })).toEqual([]);
    expect(key({ algorithm: 'rsa' })).toEqual(['FieldValueInvalid spec.privateKey.algorithm']);
    expect(key({ algorithm: 'DSA' })).toEqual(['FieldValueInvalid spec.privateKey.algorithm']);
  });

  test('CERT-SIGNATUREALGORITHM-MISMATCH: the signature algorithm must suit the key algorithm', () => {
    expect(pairs(errorsFor({ signatureAlgorithm: 'SHA384WithRSA' }))).toEqual([]);
    expect(pairs(errorsFor({ signatureAlgorithm: 'ECDSAWithSHA256', privateKey: { algorithm: 'ECDSA' } }))).toEqual([]);
    expect(pairs(errorsFor({ signatureAlgorithm: 'PureEd25519', privateKey: { algorithm: 'Ed25519' } }))).toEqual([]);
    const errs = errorsFor({ signatureAlgorithm: 'PureEd25519' });
    expect(pairs(errs)).toEqual(['FieldValueInvalid spec.signatureAlgorithm']);
    expect(errs[0]!.detail).toContain('SHA256WithRSA, SHA384WithRSA, SHA512WithRSA');
    expect(pairs(errorsFor({ signatureAlgorithm: 'SHA256WithRSA', privateKey: { algorithm: 'ECDSA' } }))).toEqual([
      'FieldValueInvalid spec.signatureAlgorithm',
    ]);
    // unknown key algorithm: only the algorithm error
    expect(pairs(errorsFor({ signatureAlgorithm: 'SHA256WithRSA', privateKey: { algorithm: 'X' } }))).toEqual([
      'FieldValueInvalid spec.privateKey.algorithm',
    ]);
  });
});
