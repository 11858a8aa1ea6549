import { describe, expect, test } from 'vitest';
import { EAB_KEY_ALGORITHM_WARNING } from '../../../src/validation/issuer/index.js';
import { acme, b64, issuerErrors, run, TEST_CA_PEM } from './run.js';

const http01 = { http01: { ingress: {} } };

describe('4.2 ACME issuer level', () => {
  test('a server, an account key secret name and solvers are enough', () => {
    expect(issuerErrors(acme([http01]))).toEqual([]);
    expect(issuerErrors({ acme: { server: 'x', privateKeySecretRef: { name: 'k' } } })).toEqual([]);
  });

  test('ISS-ACME-PRIVATEKEY-NAME-REQUIRED and ISS-ACME-SERVER-REQUIRED on an empty section', () => {
    expect(issuerErrors({ acme: {} })).toEqual(['Required spec.acme.privateKeySecretRef.name', 'Required spec.acme.server']);
  });

  test('ISS-ACME-PRIVATEKEY-NAME-REQUIRED: the key of privateKeySecretRef is not checked', () => {
    expect(issuerErrors({ acme: { server: 'x', privateKeySecretRef: { key: 'k' } } })).toEqual([
      'Required spec.acme.privateKeySecretRef.name',
    ]);
  });

  test('ISS-ACME-CABUNDLE-NO-CERTS: a bundle without a certificate is Invalid with the value ""', () => {
    const r = run(acme([http01], { caBundle: b64('abc123') }));
    expect(r.errors.map((e) => [e.type, e.field, e.badValue])).toEqual([['FieldValueInvalid', 'spec.acme.caBundle', '']]);
    expect(issuerErrors(acme([http01], { caBundle: b64(TEST_CA_PEM) }))).toEqual([]);
  });

  test('ISS-ACME-CABUNDLE-SKIPTLS-EXCLUSIVE: caBundle with skipTLSVerify gives two errors; skipTLSVerify alone is fine', () => {
    const r = run(acme([http01], { caBundle: b64(TEST_CA_PEM), skipTLSVerify: true }));
    expect(r.errors.map((e) => [e.field, e.badValue])).toEqual([
      ['spec.acme.caBundle', ''],
      ['spec.acme.skipTLSVerify', true],
    ]);
    expect(issuerErrors(acme([http01], { skipTLSVerify: true }))).toEqual([]);
  });

  test('ISS-ACME-CABUNDLE-SKIPTLS-EXCLUSIVE then ISS-ACME-CABUNDLE-NO-CERTS: three errors for a bad bundle with skipTLSVerify', () => {
    expect(issuerErrors(acme([http01], { caBundle: b64('junk'), skipTLSVerify: true }))).toEqual([
      'Invalid spec.acme.caBundle',
      'Invalid spec.acme.skipTLSVerify',
      'Invalid spec.acme.caBundle',
    ]);
  });

  test('ISS-ACME-EAB-KEYID-REQUIRED and ISS-ACME-EAB-KEYSECRETREF on an empty externalAccountBinding', () => {
    const E = 'spec.acme.externalAccountBinding';
    expect(issuerErrors(acme([http01], { externalAccountBinding: {} }))).toEqual([
      `Required ${E}.keyID`,
      `Required ${E}.keySecretRef.name`,
      `Required ${E}.keySecretRef.key`,
    ]);
    const eab = { keyID: 'kid', keySecretRef: { name: 'eab', key: 'secret' } };
    expect(issuerErrors(acme([http01], { externalAccountBinding: eab }))).toEqual([]);
  });

  test('issuer-level errors come before solver errors, solvers in index order', () => {
    expect(issuerErrors({ acme: { solvers: [{}, http01, {}] } })).toEqual([
      'Required spec.acme.privateKeySecretRef.name',
      'Required spec.acme.server',
      'Required spec.acme.solvers[0]',
      'Required spec.acme.solvers[2]',
    ]);
  });

  test('email, preferredChain, profile and solver selectors are not validated', () => {
    const extra = { email: 'not an email', preferredChain: '???', profile: '', disableAccountKeyGeneration: true };
    expect(issuerErrors(acme([{ ...http01, selector: { dnsNames: [''] } }], extra))).toEqual([]);
  });
});

describe('4.8 warnings', () => {
  const eab = (keyAlgorithm?: string) => ({
    keyID: 'kid',
    keySecretRef: { name: 'eab', key: 'k' },
    ...(keyAlgorithm ? { keyAlgorithm } : {}),
  });

  test('WARN-ACME-EAB-KEYALGORITHM: a keyAlgorithm gives the exact deprecation warning and no error', () => {
    const r = run(acme([http01], { externalAccountBinding: eab('HS256') }));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([EAB_KEY_ALGORITHM_WARNING]);
    expect(EAB_KEY_ALGORITHM_WARNING).toBe(
      "ACME issuer spec field 'externalAccount.keyAlgorithm' is deprecated. The value of this field will be ignored.",
    );
  });

  test('WARN-ACME-EAB-KEYALGORITHM: no warning without keyAlgorithm', () => {
    expect(run(acme([http01], { externalAccountBinding: eab() })).warnings).toEqual([]);
  });

  test('WARN-ACME-EAB-KEYALGORITHM: returned alongside errors, on UPDATE too, for a ClusterIssuer too', () => {
    const spec = { acme: { externalAccountBinding: eab('HS512') } };
    const r = run(spec, 'ClusterIssuer', 'UPDATE');
    expect(r.errors.length).toBe(2);
    expect(r.warnings).toEqual([EAB_KEY_ALGORITHM_WARNING]);
  });

  test('WARN-ACME-EAB-KEYALGORITHM: acme is examined first, so the warning stays when another type is also set', () => {
    const r = run({ ...acme([http01], { externalAccountBinding: eab('HS256') }), selfSigned: {} });
    expect(r.errors.map((e) => e.field)).toEqual(['spec.selfSigned']);
    expect(r.warnings).toEqual([EAB_KEY_ALGORITHM_WARNING]);
  });
});
