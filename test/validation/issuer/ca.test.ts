import { describe, expect, test } from 'vitest';
import { issuerErrors, run } from './run.js';

describe('4.3 CA and 4.4 SelfSigned', () => {
  test('ISS-CA-SECRETNAME-REQUIRED: secretName must be set', () => {
    expect(issuerErrors({ ca: {} })).toEqual(['Required spec.ca.secretName']);
    expect(issuerErrors({ ca: { secretName: 'ca' } })).toEqual([]);
  });

  test('ISS-CA-OCSPSERVER-EMPTY: an empty entry is reported at ocspServer[i] (sic, JSON ocspServers)', () => {
    const r = run({ ca: { secretName: 'ca', ocspServers: ['http://ocsp.example', '', 'not a url'] } });
    expect(r.errors.map((e) => [e.type, e.field, e.badValue])).toEqual([['FieldValueInvalid', 'spec.ca.ocspServer[1]', '']]);
  });

  test('ISS-CA-ISSUINGCERTURL-EMPTY: an empty entry is reported; other strings are not URL-checked', () => {
    expect(issuerErrors({ ca: { secretName: 'ca', issuingCertificateURLs: ['', 'x', ''] } })).toEqual([
      'Invalid spec.ca.issuingCertificateURLs[0]',
      'Invalid spec.ca.issuingCertificateURLs[2]',
    ]);
  });

  test('ISS-CA rules run in order: secretName, ocspServers, issuingCertificateURLs', () => {
    expect(issuerErrors({ ca: { ocspServers: [''], issuingCertificateURLs: [''], crlDistributionPoints: [''] } })).toEqual([
      'Required spec.ca.secretName',
      'Invalid spec.ca.ocspServer[0]',
      'Invalid spec.ca.issuingCertificateURLs[0]',
    ]);
  });

  test('SelfSigned has no rules (crlDistributionPoints not checked)', () => {
    expect(issuerErrors({ selfSigned: { crlDistributionPoints: [''] } })).toEqual([]);
  });
});
