// The `schema` default set: spec/defaults.md §2.3 / spec/versions.md §8a (CRD `default:` values
// of cert-manager master, applied the way the API server applies structural defaults).
import { describe, expect, test } from 'vitest';
import { run, specOf, v1 } from './helpers.js';

const solver = (http01: unknown) => ({ http01 });
const acme = (extra: Record<string, unknown> = {}) => ({
  server: 'https://acme.example/dir',
  privateKeySecretRef: { name: 'k' },
  ...extra,
});

describe.each(['Issuer', 'ClusterIssuer'])('%s schema defaults (§2.3)', (kind) => {
  test(`${kind} spec.acme.renewalInformationSource: absent or null becomes ARI`, () => {
    const r = run(v1(kind, { acme: acme() }), ['schema']);
    expect(r.patch).toEqual([{ op: 'add', path: '/spec/acme/renewalInformationSource', value: 'ARI' }]);
    const n = run(v1(kind, { acme: acme({ renewalInformationSource: null }) }), ['schema']);
    expect(n.patch).toEqual([{ op: 'replace', path: '/spec/acme/renewalInformationSource', value: 'ARI' }]);
  });

  test(`${kind} spec.acme.renewalInformationSource: a present value is kept, even "" (schema defaults fill absent fields only)`, () => {
    for (const v of ['None', 'ARI', ''])
      expect(run(v1(kind, { acme: acme({ renewalInformationSource: v }) }), ['schema']).patch).toEqual([]);
  });

  test(`${kind} spec.acme.renewalInformationSource: nothing is created without spec.acme`, () => {
    expect(run(v1(kind, { ca: { secretName: 'ca' } }), ['schema']).patch).toEqual([]);
    expect(run(v1(kind), ['schema']).patch).toEqual([]);
  });

  test(`${kind} solvers[].http01.gatewayHTTPRoute.parentRefs[]: group defaults to gateway.networking.k8s.io and kind to Gateway, in every solver and parentRef`, () => {
    const refs = [{ name: 'gw' }, { name: 'svc', kind: 'Service', group: '' }, { name: 'other', group: 'example.io' }];
    const spec = {
      acme: acme({
        renewalInformationSource: 'None',
        solvers: [solver({ ingress: {} }), solver({ gatewayHTTPRoute: { parentRefs: refs } })],
      }),
    };
    const r = run(v1(kind, spec), ['schema']);
    const got = (specOf(r).acme as { solvers: { http01: { gatewayHTTPRoute?: { parentRefs: unknown[] } } }[] }).solvers[1]?.http01
      .gatewayHTTPRoute;
    expect(got?.parentRefs).toEqual([
      { name: 'gw', group: 'gateway.networking.k8s.io', kind: 'Gateway' },
      { name: 'svc', kind: 'Service', group: '' },
      { name: 'other', group: 'example.io', kind: 'Gateway' },
    ]);
    expect(r.patch).toHaveLength(3);
  });

  test(`${kind} solvers[].http01.{ingress,gatewayHTTPRoute}.podTemplate.spec.imagePullSecrets[].name defaults to ""`, () => {
    const pullSecrets = { podTemplate: { spec: { imagePullSecrets: [{}, { name: 'reg' }] } } };
    const spec = {
      acme: acme({
        renewalInformationSource: 'ARI',
        solvers: [solver({ ingress: pullSecrets }), solver({ gatewayHTTPRoute: pullSecrets })],
      }),
    };
    const r = run(v1(kind, spec), ['schema']);
    expect([...r.patch].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { op: 'add', path: '/spec/acme/solvers/0/http01/ingress/podTemplate/spec/imagePullSecrets/0/name', value: '' },
      { op: 'add', path: '/spec/acme/solvers/1/http01/gatewayHTTPRoute/podTemplate/spec/imagePullSecrets/0/name', value: '' },
    ]);
  });
});

describe('Challenge schema defaults (§2.3)', () => {
  const challenge = (http01: unknown) => v1('Challenge', { solver: { http01 } }, 'acme.cert-manager.io');

  test('Challenge spec.solver.http01.gatewayHTTPRoute.parentRefs[]: group and kind defaults', () => {
    const r = run(challenge({ gatewayHTTPRoute: { parentRefs: [{ name: 'gw' }] } }), ['schema']);
    expect(r.patch).toEqual([
      { op: 'add', path: '/spec/solver/http01/gatewayHTTPRoute/parentRefs/0/group', value: 'gateway.networking.k8s.io' },
      { op: 'add', path: '/spec/solver/http01/gatewayHTTPRoute/parentRefs/0/kind', value: 'Gateway' },
    ]);
  });

  test('Challenge spec.solver.http01.{ingress,gatewayHTTPRoute}.podTemplate.spec.imagePullSecrets[].name defaults to ""', () => {
    const ingress = run(challenge({ ingress: { podTemplate: { spec: { imagePullSecrets: [{}] } } } }), ['schema']);
    expect(ingress.patch).toEqual([{ op: 'add', path: '/spec/solver/http01/ingress/podTemplate/spec/imagePullSecrets/0/name', value: '' }]);
    const gw = run(challenge({ gatewayHTTPRoute: { podTemplate: { spec: { imagePullSecrets: [{ name: null }] } } } }), ['schema']);
    expect(gw.patch).toEqual([
      { op: 'replace', path: '/spec/solver/http01/gatewayHTTPRoute/podTemplate/spec/imagePullSecrets/0/name', value: '' },
    ]);
  });

  test('Challenge has no renewalInformationSource default, and the schema set never touches issuerRef', () => {
    const r = run(v1('Challenge', { issuerRef: { name: 'le' }, solver: { dns01: {} } }, 'acme.cert-manager.io'), ['schema']);
    expect(r.patch).toEqual([]);
  });
});

test.each(['Certificate', 'CertificateRequest', 'Order'])('%s has no schema defaults', (kind) => {
  const group = kind === 'Order' ? 'acme.cert-manager.io' : 'cert-manager.io';
  expect(
    run(v1(kind, { issuerRef: { name: 'x' }, solver: { http01: { gatewayHTTPRoute: { parentRefs: [{}] } } } }, group), ['schema']).patch,
  ).toEqual([]);
});
