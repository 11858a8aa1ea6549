// Which versions have defaults: spec/versions.md §8a and spec/defaults.md §1 — no old version
// (v1alpha2, v1alpha3, v1beta1) has a defaulting function or a CRD `default:`.
import { describe, expect, test } from 'vitest';
import { KINDS } from '../../src/scheme/kinds.js';
import { run } from './helpers.js';

/** A spec that holds a place for every default any kind has in v1. */
const undefaultedSpec = () => ({
  issuerRef: { name: 'ca' },
  privateKey: { algorithm: 'RSA' },
  acme: {
    solvers: [
      { http01: { gatewayHTTPRoute: { parentRefs: [{ name: 'gw' }] }, ingress: { podTemplate: { spec: { imagePullSecrets: [{}] } } } } },
    ],
  },
  solver: { http01: { gatewayHTTPRoute: { parentRefs: [{ name: 'gw' }] } } },
});

describe('§8a: old versions have no defaults', () => {
  const cases = KINDS.flatMap((k) => (['v1alpha2', 'v1alpha3', 'v1beta1'] as const).map((v) => [`${k.kind} ${v}`, k, v] as const));
  test.each(cases)('§8a %s: every default set leaves the object exactly as it was', (_name, k, version) => {
    const object = { apiVersion: `${k.group}/${version}`, kind: k.kind, metadata: { name: 'x' }, spec: undefaultedSpec() };
    const r = run(object);
    expect(r.errors).toEqual([]);
    expect(r.patch).toEqual([]);
    expect(r.object).toEqual(object);
    expect(run({ apiVersion: `${k.group}/${version}`, kind: k.kind }).patch).toEqual([]);
  });

  test('§8a old-version lists are left alone too', () => {
    const list = { apiVersion: 'cert-manager.io/v1alpha2', kind: 'CertificateList', items: [{ spec: undefaultedSpec() }] };
    expect(run(list).patch).toEqual([]);
  });

  test('§8a but v1 objects of the same shape are defaulted (the table is per version)', () => {
    for (const k of KINDS) {
      const r = run({ apiVersion: `${k.group}/v1`, kind: k.kind, spec: undefaultedSpec() });
      expect(r.errors).toEqual([]);
      expect(r.patch.length).toBeGreaterThan(0);
    }
  });
});
