import { describe, expect, test } from 'vitest';
import { certificateRequest, requestOf } from './csr-builder.js';
import { crErrors, pairs } from './run.js';

const request = requestOf();

describe('issuerRef', () => {
  test('CR-ISSUERREF-NAME-REQUIRED: a missing issuerRef.name is Required; a name passes', () => {
    expect(pairs(crErrors(certificateRequest({ request, issuerRef: { kind: 'Issuer' } })))).toEqual([
      'FieldValueRequired spec.issuerRef.name',
    ]);
    expect(crErrors(certificateRequest({ request, issuerRef: { name: 'ca' } }))).toEqual([]);
  });

  test('CR-ISSUERREF-KIND-INVALID: only Issuer, ClusterIssuer or empty in the cert-manager.io group', () => {
    const errs = crErrors(certificateRequest({ request, issuerRef: { name: 'ca', kind: 'issuer' } }));
    expect(pairs(errs)).toEqual(['FieldValueInvalid spec.issuerRef.kind']);
    expect(errs[0]?.badValue).toBe('issuer');
    expect(errs[0]?.detail).toContain('spec.issuerRef.kind.group');
    const grouped = crErrors(certificateRequest({ request, issuerRef: { name: 'ca', kind: 'Foo', group: 'cert-manager.io' } }));
    expect(pairs(grouped)).toEqual(['FieldValueInvalid spec.issuerRef.kind']);
    expect(grouped[0]?.detail).not.toContain('did you forget');
    expect(crErrors(certificateRequest({ request, issuerRef: { name: 'ca', kind: 'Foo', group: 'example.com' } }))).toEqual([]);
    expect(crErrors(certificateRequest({ request, issuerRef: { name: 'ca', kind: 'ClusterIssuer' } }))).toEqual([]);
  });
});

describe('request and usages', () => {
  test('CR-REQUEST-REQUIRED: absent, null or empty request is Required and stops the request rules', () => {
    for (const r of [undefined, null, '']) {
      const spec = r === undefined ? { usages: ['bogus'] } : { request: r, usages: ['bogus'] };
      expect(pairs(crErrors(certificateRequest(spec)))).toEqual(['FieldValueRequired spec.request']);
    }
  });

  test('CR-USAGES-UNKNOWN: an unknown usage reports the whole list at spec.usages and skips the CSR checks', () => {
    const usages = ['server auth', 'foo', 'Server Auth'];
    const errs = crErrors(certificateRequest({ request: 'LS0tLS0=', usages }));
    expect(pairs(errs)).toEqual(['FieldValueInvalid spec.usages']);
    expect(errs[0]?.badValue).toEqual(usages);
    expect(errs[0]?.detail).toMatch(/^unknown key usages: \[foo Server Auth\]/);
    expect(crErrors(certificateRequest({ request, usages: ['digital signature', 'key encipherment'] }))).toEqual([]);
  });

  test('spec.request that is not base64 is reported as Invalid rather than crashing', () => {
    expect(pairs(crErrors(certificateRequest({ request: 'not base64!' })))).toEqual(['FieldValueInvalid spec.request']);
    expect(pairs(crErrors(certificateRequest({ request: 42 })))).toEqual(['FieldValueInvalid spec.request']);
  });

  test('spec rules report issuerRef before request errors', () => {
    expect(pairs(crErrors(certificateRequest({ issuerRef: { kind: 'Bad' } })))).toEqual([
      'FieldValueRequired spec.issuerRef.name',
      'FieldValueInvalid spec.issuerRef.kind',
      'FieldValueRequired spec.request',
    ]);
  });

  test('spec rules run on CREATE only: an UPDATE with an unchanged broken spec has no spec errors', () => {
    const obj = certificateRequest({ issuerRef: {} });
    expect(crErrors(obj, obj)).toEqual([]);
  });
});
