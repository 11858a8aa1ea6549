import { describe, expect, test } from 'vitest';
import { errorsFor, pairs } from './run.js';

const none = { dnsNames: undefined };

describe('identity and SANs', () => {
  test('CERT-IDENTITY-REQUIRED: a common name or a SAN is needed', () => {
    const errs = errorsFor(none);
    expect(pairs(errs)).toEqual(['FieldValueInvalid spec']);
    expect(errs[0]!.badValue).toBe('');
    expect(pairs(errorsFor({ ...none, dnsNames: [] }))).toEqual(['FieldValueInvalid spec']);
    for (const ok of [
      { commonName: 'cn' },
      { dnsNames: ['a'] },
      { uris: ['spiffe://x'] },
      { emailAddresses: ['a@b'] },
      { ipAddresses: ['1.2.3.4'] },
      { otherNames: [{ oid: '1.2', utf8Value: 'v' }] },
    ]) {
      expect(pairs(errorsFor({ ...none, ...ok }))).toEqual([]);
    }
  });

  test('CERT-COMMONNAME-TOOLONG: the common name may have at most 64 UTF-8 bytes', () => {
    expect(pairs(errorsFor({ commonName: 'a'.repeat(64) }))).toEqual([]);
    expect(pairs(errorsFor({ commonName: 'a'.repeat(65) }))).toEqual(['FieldValueTooLong spec.commonName']);
    // 32 two-byte characters = 64 bytes; 33 = 66 bytes
    expect(pairs(errorsFor({ commonName: 'é'.repeat(32) }))).toEqual([]);
    expect(pairs(errorsFor({ commonName: 'é'.repeat(33) }))).toEqual(['FieldValueTooLong spec.commonName']);
  });

  test('CERT-IPADDRESS-INVALID: every ipAddresses entry must be an IP address', () => {
    expect(pairs(errorsFor({ ipAddresses: ['127.0.0.1', '::1'] }))).toEqual([]);
    const errs = errorsFor({ ipAddresses: ['127.0.0.1', '1.2.3', '::1', 'fe80::1%eth0'] });
    expect(pairs(errs)).toEqual(['FieldValueInvalid spec.ipAddresses[1]', 'FieldValueInvalid spec.ipAddresses[3]']);
    expect(errs[0]!.badValue).toBe('1.2.3');
  });

  test('CERT-EMAIL-PARSE: entries that are not email addresses', () => {
    expect(pairs(errorsFor({ emailAddresses: ['alice@example.com'] }))).toEqual([]);
    const errs = errorsFor({ emailAddresses: ['alice@example.com', 'alice.example.com'] });
    expect(pairs(errs)).toEqual(['FieldValueInvalid spec.emailAddresses[1]']);
    expect(errs[0]!.detail).toContain("missing '@'");
  });

  test('CERT-EMAIL-NOT-BARE: entries that hold more than the address', () => {
    const errs = errorsFor({ emailAddresses: ['Alice <alice@example.com>', ' bob@example.com'] });
    expect(pairs(errs)).toEqual(['FieldValueInvalid spec.emailAddresses[0]', 'FieldValueInvalid spec.emailAddresses[1]']);
    expect(errs[0]!.detail).toContain('only the address itself');
  });

  test('dnsNames and uris entries are not validated', () => {
    expect(pairs(errorsFor({ dnsNames: ['NOT A DNS NAME'], uris: ['::::'] }))).toEqual([]);
  });
});
