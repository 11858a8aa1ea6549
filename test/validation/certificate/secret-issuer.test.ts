import { describe, expect, test } from 'vitest';
import { errorsFor, pairs } from './run.js';

describe('secretName', () => {
  test('CERT-SECRETNAME-REQUIRED: a missing or empty secretName is required', () => {
    expect(pairs(errorsFor({ secretName: undefined }))).toEqual(['FieldValueRequired spec.secretName']);
    expect(pairs(errorsFor({ secretName: '' }))).toEqual(['FieldValueRequired spec.secretName']);
    expect(pairs(errorsFor({ secretName: 'ok-name.v1' }))).toEqual([]);
  });

  test('CERT-SECRETNAME-DNS1123: secretName must be a DNS-1123 subdomain', () => {
    const errs = errorsFor({ secretName: 'Bad_Name' });
    expect(pairs(errs)).toEqual(['FieldValueInvalid spec.secretName']);
    expect(errs[0]!.badValue).toBe('Bad_Name');
    // too long and malformed: two errors
    expect(pairs(errorsFor({ secretName: `-${'a'.repeat(253)}` }))).toEqual([
      'FieldValueInvalid spec.secretName',
      'FieldValueInvalid spec.secretName',
    ]);
  });
});

describe('issuerRef', () => {
  test('CERT-ISSUERREF-NAME-REQUIRED: issuerRef.name must be set', () => {
    expect(pairs(errorsFor({ issuerRef: {} }))).toEqual(['FieldValueRequired spec.issuerRef.name']);
    expect(pairs(errorsFor({ issuerRef: undefined }))).toEqual(['FieldValueRequired spec.issuerRef.name']);
    expect(pairs(errorsFor({ issuerRef: { name: 'x' } }))).toEqual([]);
  });

  test.each([
    [{ name: 'x', kind: 'Issuer' }, []],
    [{ name: 'x', kind: 'ClusterIssuer', group: 'cert-manager.io' }, []],
    [{ name: 'x', kind: '' }, []],
    [{ name: 'x', kind: 'AWSPCAIssuer', group: 'awspca.cert-manager.io' }, []],
    [{ name: 'x', kind: 'issuer' }, ['FieldValueInvalid spec.issuerRef.kind']],
    [{ name: 'x', kind: 'Foo', group: 'cert-manager.io' }, ['FieldValueInvalid spec.issuerRef.kind']],
  ])('CERT-ISSUERREF-KIND-INVALID: %j', (issuerRef, want) => {
    expect(pairs(errorsFor({ issuerRef }))).toEqual(want);
  });

  test('CERT-ISSUERREF-KIND-INVALID: a hint about the group only when no group is set', () => {
    expect(errorsFor({ issuerRef: { name: 'x', kind: 'Foo' } })[0]!.detail).toContain('spec.issuerRef.group');
    expect(errorsFor({ issuerRef: { name: 'x', kind: 'Foo', group: 'cert-manager.io' } })[0]!.detail).not.toContain('forget');
  });
});
