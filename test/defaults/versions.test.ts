// Which versions have which defaults: master's scheme and runtime defaults apply to every version
// (on the version's own field names); schema defaults only where that version's CRD has `default:`
// (spec/versions.md §8a: only v1).
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

describe("old versions: master's scheme and runtime defaults in place, no schema defaults (§8a)", () => {
  const cases = KINDS.flatMap((k) => (['v1alpha2', 'v1alpha3', 'v1beta1'] as const).map((v) => [`${k.kind} ${v}`, k, v] as const));
  test.each(cases)("%s: only the issuerRef and rotation policy are defaulted, on the version's own fields", (_name, k, version) => {
    const object = { apiVersion: `${k.group}/${version}`, kind: k.kind, metadata: { name: 'x' }, spec: undefaultedSpec() };
    const r = run(object);
    expect(r.errors).toEqual([]);
    const paths = r.patch.map((op) => op.path).sort();
    const hasIssuerRef = ['Certificate', 'CertificateRequest', 'Order', 'Challenge'].includes(k.kind);
    const expected = [
      ...(hasIssuerRef ? ['/spec/issuerRef/group', '/spec/issuerRef/kind'] : []),
      ...(k.kind === 'Certificate' ? ['/spec/privateKey/rotationPolicy'] : []),
    ].sort();
    expect(paths).toEqual(expected);
    // No schema defaults: parentRefs and imagePullSecrets stay as written.
    expect((r.object as { spec: unknown }).spec).toMatchObject({ acme: object.spec.acme, solver: object.spec.solver });
  });

  test("a v1alpha2 Certificate's issuerRef is defaulted in place, with no conversion artefacts", () => {
    const object = {
      apiVersion: 'cert-manager.io/v1alpha2',
      kind: 'Certificate',
      spec: { secretName: 's', keyAlgorithm: 'rsa', issuerRef: { name: 'ca' } },
    };
    const r = run(object, ['scheme']);
    expect(r.object).toEqual({ ...object, spec: { ...object.spec, issuerRef: { name: 'ca', kind: 'Issuer', group: 'cert-manager.io' } } });
  });

  test('old-version lists are defaulted item by item', () => {
    const list = { apiVersion: 'cert-manager.io/v1alpha2', kind: 'CertificateList', items: [{ spec: { issuerRef: { name: 'ca' } } }] };
    expect(
      run(list, ['scheme'])
        .patch.map((op) => op.path)
        .sort(),
    ).toEqual(['/items/0/spec/issuerRef/group', '/items/0/spec/issuerRef/kind']);
  });

  test('§8a v1 objects of the same shape also get the schema defaults (the table is per version)', () => {
    for (const k of KINDS) {
      const r = run({ apiVersion: `${k.group}/v1`, kind: k.kind, spec: undefaultedSpec() });
      expect(r.errors).toEqual([]);
      expect(r.patch.length).toBeGreaterThan(0);
    }
  });
});
