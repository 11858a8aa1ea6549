// The `runtime` default set: spec/defaults.md §2.2 (SetRuntimeDefaults_Certificate, master).
import { describe, expect, test } from 'vitest';
import { run, specOf, v1 } from './helpers.js';

describe('SetRuntimeDefaults_Certificate (§2.2)', () => {
  test('SetRuntimeDefaults_Certificate default-rotation-policy: an empty Certificate gets privateKey.rotationPolicy Always', () => {
    const r = run(v1('Certificate', {}), ['runtime']);
    expect(r.errors).toEqual([]);
    expect(specOf(r)).toEqual({ privateKey: { rotationPolicy: 'Always' } });
    expect(r.patch).toEqual([{ op: 'add', path: '/spec/privateKey', value: { rotationPolicy: 'Always' } }]);
  });

  test('SetRuntimeDefaults_Certificate: a Certificate without spec gets one holding the privateKey', () => {
    const r = run(v1('Certificate'), ['runtime']);
    expect(r.patch).toEqual([{ op: 'add', path: '/spec', value: { privateKey: { rotationPolicy: 'Always' } } }]);
  });

  test('SetRuntimeDefaults_Certificate explicit-rotation-policy: any non-empty value is kept', () => {
    for (const policy of ['Never', 'Always', 'neither-always-nor-never']) {
      const r = run(v1('Certificate', { privateKey: { rotationPolicy: policy } }), ['runtime']);
      expect(r.patch).toEqual([]);
      expect(specOf(r).privateKey).toEqual({ rotationPolicy: policy });
    }
  });

  test('SetRuntimeDefaults_Certificate: "" and null become Always; other privateKey fields are untouched', () => {
    const r = run(v1('Certificate', { privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: '' } }), ['runtime']);
    expect(specOf(r).privateKey).toEqual({ algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' });
    expect(r.patch).toEqual([{ op: 'replace', path: '/spec/privateKey/rotationPolicy', value: 'Always' }]);
    const nulls = run(v1('Certificate', { privateKey: null }), ['runtime']);
    expect(nulls.patch).toEqual([{ op: 'replace', path: '/spec/privateKey', value: { rotationPolicy: 'Always' } }]);
  });

  test('SetRuntimeDefaults_Certificate: only the Certificate kind has runtime defaults', () => {
    for (const [kind, group] of [
      ['CertificateRequest', 'cert-manager.io'],
      ['Issuer', 'cert-manager.io'],
      ['ClusterIssuer', 'cert-manager.io'],
      ['Order', 'acme.cert-manager.io'],
      ['Challenge', 'acme.cert-manager.io'],
    ] as const) {
      expect(run(v1(kind, {}, group), ['runtime']).patch).toEqual([]);
    }
  });

  test('SetRuntimeDefaults_Certificate: the runtime set leaves issuerRef alone, the scheme set leaves privateKey alone', () => {
    const cert = v1('Certificate', { issuerRef: { name: 'ca' } });
    expect(specOf(run(cert, ['runtime'])).issuerRef).toEqual({ name: 'ca' });
    expect(specOf(run(cert, ['scheme'])).privateKey).toBeUndefined();
  });
});
