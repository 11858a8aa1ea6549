import { describe, expect, test } from 'vitest';
import type { JsonObject } from '../../../src/util/json.js';
import { validateChallenge } from '../../../src/validation/challenge/index.js';
import { resolveFeatureGates } from '../../../src/validation/feature-gates.js';

const challenge = (spec: JsonObject, status: JsonObject = {}): JsonObject => ({
  apiVersion: 'acme.cert-manager.io/v1',
  kind: 'Challenge',
  metadata: { name: 'c' },
  spec,
  status,
});
const run = (now: JsonObject, old: JsonObject | undefined, operation: 'CREATE' | 'UPDATE' = 'UPDATE') =>
  validateChallenge(now, { operation, oldObject: old, gates: resolveFeatureGates({}), release: 'master' as const }).errors.map(
    (e) => `${e.type} ${e.field}`,
  );

const spec = {
  url: 'https://c/1',
  type: 'HTTP-01',
  token: 't',
  key: 'k',
  dnsName: 'example.com',
  solver: { http01: { ingress: { class: 'nginx' } } },
  issuerRef: { name: 'le', kind: 'ClusterIssuer' },
};

test('CHAL-SPEC-IMMUTABLE: any change to the spec (including the solver) is Forbidden at spec', () => {
  const old = challenge(spec);
  expect(run(challenge({ ...spec, token: 'u' }), old)).toEqual(['FieldValueForbidden spec']);
  expect(run(challenge({ ...spec, solver: { http01: { ingress: { class: 'traefik' } } } }), old)).toEqual(['FieldValueForbidden spec']);
  expect(run(challenge({ ...spec, solver: { http01: { ingress: {} } } }), old)).toEqual(['FieldValueForbidden spec']);
});

test('CHAL-SPEC-IMMUTABLE: an unchanged spec passes, status may change, zero scalars equal absent ones', () => {
  const old = challenge(spec);
  expect(run(challenge(spec, { state: 'valid', presented: true }), old)).toEqual([]);
  expect(run(challenge({ ...spec, wildcard: false, authorizationURL: '' }), old)).toEqual([]);
  expect(run(challenge({ ...spec, solver: { ...spec.solver, selector: null } }), old)).toEqual([]);
});

test('CHAL-SPEC-IMMUTABLE: CREATE, and UPDATE without an old object, have no rules', () => {
  expect(run(challenge({ ...spec, token: 'u' }), challenge(spec), 'CREATE')).toEqual([]);
  expect(run(challenge(spec), undefined)).toEqual([]);
});

describe('CHAL-SPEC-IMMUTABLE: H-DEEPEQUAL follows the Go types inside the solver (§1.8, §9.23)', () => {
  const withSolver = (solver: JsonObject) => challenge({ ...spec, solver });
  const webhook = (config: unknown) => withSolver({ dns01: { webhook: { groupName: 'g', solverName: 's', config } as JsonObject } });

  test('a DNS01 webhook config is opaque JSON: a zero-valued or null key is a change, key order is not', () => {
    expect(run(webhook({ a: 1, b: '' }), webhook({ a: 1 }))).toEqual(['FieldValueForbidden spec']);
    expect(run(webhook({ a: 1, b: false }), webhook({ a: 1 }))).toEqual(['FieldValueForbidden spec']);
    expect(run(webhook({ a: null }), webhook({}))).toEqual(['FieldValueForbidden spec']);
    expect(run(webhook({ x: { y: 0 } }), webhook({ x: {} }))).toEqual(['FieldValueForbidden spec']);
    expect(run(webhook({ b: [1], a: 'x' }), webhook({ a: 'x', b: [1] }))).toEqual([]);
    expect(run(webhook(null), withSolver({ dns01: { webhook: { groupName: 'g', solverName: 's' } } }))).toEqual([]);
  });

  test('secret key selectors held by value (akamai, digitalocean, acmeDNS, rfc2136, route53 secret key) treat absent as {}', () => {
    const ref = { name: '' };
    const pairs: Array<[JsonObject, JsonObject]> = [
      [{ akamai: { serviceConsumerDomain: 'd' } }, { akamai: { serviceConsumerDomain: 'd', accessTokenSecretRef: ref } }],
      [{ digitalocean: {} }, { digitalocean: { tokenSecretRef: {} } }],
      [{ acmeDNS: { host: 'h' } }, { acmeDNS: { host: 'h', accountSecretRef: { name: '', key: '' } } }],
      [{ rfc2136: { nameserver: 'n' } }, { rfc2136: { nameserver: 'n', tsigSecretSecretRef: {} } }],
      [{ route53: {} }, { route53: { secretAccessKeySecretRef: {} } }],
    ];
    for (const [a, b] of pairs) expect(run(withSolver({ dns01: b }), withSolver({ dns01: a }))).toEqual([]);
    // Selectors held by pointer still differ from absent.
    expect(run(withSolver({ dns01: { cloudflare: { apiTokenSecretRef: {} } } }), withSolver({ dns01: { cloudflare: {} } }))).toEqual([
      'FieldValueForbidden spec',
    ]);
  });

  test('waitInsteadOfSelfCheck is a *metav1.Duration: compared decoded, absent differs from 0s', () => {
    const wait = (w: unknown) => withSolver({ waitInsteadOfSelfCheck: w, http01: { ingress: { name: 'n' } } } as JsonObject);
    expect(run(wait('60s'), wait('1m'))).toEqual([]);
    expect(run(wait('0s'), wait(null))).toEqual(['FieldValueForbidden spec']);
    expect(run(wait('2m'), wait('1m'))).toEqual(['FieldValueForbidden spec']);
  });

  test('pod and ingress templates: the template is a pointer, its metadata and spec are values', () => {
    const ingress = (extra: JsonObject) => withSolver({ http01: { ingress: { name: 'n', ...extra } } });
    expect(run(ingress({ podTemplate: { spec: {}, metadata: {} } }), ingress({ podTemplate: {} }))).toEqual([]);
    expect(run(ingress({ ingressTemplate: { metadata: {} } }), ingress({ ingressTemplate: {} }))).toEqual([]);
    expect(run(ingress({ podTemplate: {} }), ingress({}))).toEqual(['FieldValueForbidden spec']);
    expect(run(ingress({ podTemplate: { spec: { nodeSelector: {} } } }), ingress({ podTemplate: {} }))).toEqual([
      'FieldValueForbidden spec',
    ]);
    const gateway = (extra: JsonObject) => withSolver({ http01: { gatewayHTTPRoute: { ...extra } } });
    expect(run(gateway({ podTemplate: { spec: {} } }), gateway({ podTemplate: {} }))).toEqual([]);
  });

  test('ingress class, ingressClassName and parentRef kind are pointers: "" differs from absent (§9.22)', () => {
    const ingress = (extra: JsonObject) => withSolver({ http01: { ingress: extra } });
    expect(run(ingress({ class: '' }), ingress({}))).toEqual(['FieldValueForbidden spec']);
    expect(run(ingress({ ingressClassName: '' }), ingress({ ingressClassName: null }))).toEqual(['FieldValueForbidden spec']);
    expect(run(ingress({ name: '' }), ingress({}))).toEqual([]);
    const ref = (r: JsonObject) => withSolver({ http01: { gatewayHTTPRoute: { parentRefs: [r] } } });
    expect(run(ref({ name: 'gw', kind: '' }), ref({ name: 'gw' }))).toEqual(['FieldValueForbidden spec']);
    expect(run(ref({ name: 'gw', port: 0 }), ref({ name: 'gw' }))).toEqual(['FieldValueForbidden spec']);
  });
});
