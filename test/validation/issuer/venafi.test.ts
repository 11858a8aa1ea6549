import { describe, expect, test } from 'vitest';
import { b64, issuerErrors } from './run.js';

const tpp = { url: 'https://tpp.example/vedsdk', credentialsRef: { name: 'tpp-creds' } };
const cloud = { apiTokenSecretRef: { name: 'cloud', key: 'token' } };
const ngts = { tsgID: '123', credentialsRef: { name: 'ngts-creds' } };

describe('4.6 Venafi', () => {
  test.each([
    ['tpp', { tpp }],
    ['cloud', { cloud }],
    ['ngts', { ngts }],
  ])('a zone and exactly one mode (%s) is valid', (_mode, modes) => {
    expect(issuerErrors({ venafi: { zone: 'z', ...modes } })).toEqual([]);
  });

  test('ISS-VENAFI-ZONE-REQUIRED: zone is required (also for NGTS)', () => {
    expect(issuerErrors({ venafi: { ngts } })).toEqual(['Required spec.venafi.zone']);
  });

  test('ISS-VENAFI-TPP-URL-REQUIRED: tpp needs a url', () => {
    expect(issuerErrors({ venafi: { zone: 'z', tpp: {} } })).toEqual(['Required spec.venafi.tpp.url']);
  });

  test('ISS-VENAFI-TPP-CABUNDLE-EXCLUSIVE: caBundle and caBundleSecretRef together are forbidden at tpp', () => {
    const both = { ...tpp, caBundle: b64('x'), caBundleSecretRef: { name: 's', key: 'ca.crt' } };
    expect(issuerErrors({ venafi: { zone: 'z', tpp: both } })).toEqual(['Forbidden spec.venafi.tpp']);
    expect(issuerErrors({ venafi: { zone: 'z', tpp: { ...tpp, caBundle: b64('x') } } })).toEqual([]);
  });

  test('ISS-VENAFI-NGTS-TSGID-REQUIRED and ISS-VENAFI-NGTS-CREDENTIALSREF-NAME-REQUIRED', () => {
    expect(issuerErrors({ venafi: { zone: 'z', ngts: {} } })).toEqual([
      'Required spec.venafi.ngts.tsgID',
      'Required spec.venafi.ngts.credentialsRef.name',
    ]);
  });

  test('ISS-VENAFI-MODE-REQUIRED: no mode is rejected at venafi (the CRD CEL rule "exactly one of tpp, cloud, ngts")', () => {
    expect(issuerErrors({ venafi: { zone: 'z' } })).toEqual(['Required spec.venafi']);
  });

  test('ISS-VENAFI-MODE-MULTIPLE: two or more modes are forbidden, and every present mode is still validated', () => {
    expect(issuerErrors({ venafi: { tpp: {}, cloud, ngts: {} } })).toEqual([
      'Required spec.venafi.zone',
      'Required spec.venafi.tpp.url',
      'Required spec.venafi.ngts.tsgID',
      'Required spec.venafi.ngts.credentialsRef.name',
      'Forbidden spec.venafi',
    ]);
  });
});
