import { describe, expect, test } from 'vitest';
import { identify } from '../src/index.js';

describe('identify', () => {
  test('every kind in every version', () => {
    for (const [group, kinds] of [
      ['cert-manager.io', ['Certificate', 'CertificateRequest', 'Issuer', 'ClusterIssuer']],
      ['acme.cert-manager.io', ['Order', 'Challenge']],
    ] as const) {
      for (const kind of kinds) {
        for (const version of ['v1alpha2', 'v1alpha3', 'v1beta1', 'v1'] as const) {
          expect(identify({ apiVersion: `${group}/${version}`, kind })).toEqual({
            ok: true,
            identity: { shape: 'object', group, version, kind },
          });
          expect(identify({ apiVersion: `${group}/${version}`, kind: `${kind}List` })).toEqual({
            ok: true,
            identity: { shape: 'list', group, version, kind },
          });
        }
      }
    }
  });

  test('the core v1 List', () => {
    expect(identify({ apiVersion: 'v1', kind: 'List', items: [] })).toEqual({ ok: true, identity: { shape: 'core-list' } });
  });

  test('a kind in the wrong group is not supported', () => {
    const r = identify({ apiVersion: 'cert-manager.io/v1', kind: 'Order' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => [e.type, e.field])).toEqual([['FieldValueNotSupported', 'kind']]);
  });

  test('unknown groups and versions are not supported', () => {
    for (const apiVersion of ['apps/v1', 'cert-manager.io/v2', 'cert-manager.io', 'v1']) {
      const r = identify({ apiVersion, kind: 'Certificate' });
      expect(!r.ok && r.errors.map((e) => [e.type, e.field])).toEqual([['FieldValueNotSupported', 'apiVersion']]);
    }
  });

  test('missing or non-string apiVersion and kind are reported together', () => {
    const r = identify({ kind: 7 });
    expect(!r.ok && r.errors.map((e) => [e.type, e.field])).toEqual([
      ['FieldValueRequired', 'apiVersion'],
      ['FieldValueTypeInvalid', 'kind'],
    ]);
  });

  test('values that are not objects', () => {
    for (const v of [null, 3, 'x', [], undefined]) {
      const r = identify(v);
      expect(!r.ok && r.errors[0]?.type).toBe('FieldValueTypeInvalid');
    }
  });
});
