import { describe, expect, test } from 'vitest';
import { validateClusterIssuer, validateIssuer } from '../../../src/validation/issuer/index.js';
import { DEFAULT_FEATURE_GATES } from '../../../src/validation/feature-gates.js';
import { issuerErrors, run } from './run.js';

const CA = { ca: { secretName: 'ca-key-pair' } };

describe('4.1 issuer type', () => {
  test('ISS-TYPE-REQUIRED: a spec with no issuer type is rejected at spec', () => {
    expect(issuerErrors({})).toEqual(['Required spec']);
    expect(run({}).errors[0]?.detail).toMatch(/acme, ca, selfSigned, vault, venafi/);
  });

  test('ISS-TYPE-REQUIRED: a missing, null or non-object spec reads as no issuer type', () => {
    expect(issuerErrors(undefined)).toEqual(['Required spec']);
    expect(issuerErrors(null)).toEqual(['Required spec']);
    expect(issuerErrors({ ca: null })).toEqual(['Required spec']);
  });

  test('ISS-TYPE-REQUIRED: selfSigned: {} counts as a configured type', () => {
    expect(issuerErrors({ selfSigned: {} })).toEqual([]);
  });

  test('ISS-TYPE-MULTIPLE: the later type is reported (selfSigned after ca)', () => {
    expect(issuerErrors({ ...CA, selfSigned: {} })).toEqual(['Forbidden spec.selfSigned']);
  });

  test('ISS-TYPE-MULTIPLE: extra types are reported in fixed order and are not validated', () => {
    // vault and venafi are empty (invalid on their own) but only the union error appears.
    expect(issuerErrors({ venafi: {}, vault: {}, ca: { secretName: '' } })).toEqual([
      'Required spec.ca.secretName',
      'Forbidden spec.vault',
      'Forbidden spec.venafi',
    ]);
  });

  test('ISS-TYPE-MULTIPLE: acme is examined first, so ca is the extra one', () => {
    const spec = { ca: {}, acme: { server: 'https://x', privateKeySecretRef: { name: 'k' } } };
    expect(issuerErrors(spec)).toEqual(['Forbidden spec.ca']);
  });

  test('ClusterIssuer runs exactly the Issuer rules', () => {
    const spec = { ...CA, selfSigned: {}, vault: {} };
    expect(issuerErrors(spec, 'ClusterIssuer')).toEqual(issuerErrors(spec, 'Issuer'));
    const ctx = { operation: 'CREATE' as const, oldObject: undefined, gates: DEFAULT_FEATURE_GATES, release: 'master' as const };
    expect(validateClusterIssuer({ spec }, ctx)).toEqual(validateIssuer({ spec }, ctx));
  });

  test('UPDATE runs the same rules as CREATE', () => {
    expect(run({ vault: {} }, 'Issuer', 'UPDATE').errors).toEqual(run({ vault: {} }).errors);
  });
});
