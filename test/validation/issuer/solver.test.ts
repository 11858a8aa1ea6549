import { describe, expect, test } from 'vitest';
import { issuerErrors, run, S0, withSolver } from './run.js';

const ingress = { ingress: { class: 'nginx' } };
const gateway = { gatewayHTTPRoute: { parentRefs: [{ name: 'gw', kind: 'Gateway' }] } };
const H = `${S0}.http01`;

describe('4.2.1 solver', () => {
  test('ISS-ACME-SOLVER-TYPE-REQUIRED: a solver with neither http01 nor dns01', () => {
    expect(issuerErrors(withSolver({ selector: {} }))).toEqual([`Required ${S0}`]);
  });

  test('ISS-ACME-SOLVER-MULTIPLE-TYPES: http01 and dns01 together; http01 is validated, dns01 is not', () => {
    expect(issuerErrors(withSolver({ http01: {}, dns01: {} }))).toEqual([`Required ${H}`, `Forbidden ${S0}`]);
  });

  test('ISS-ACME-SOLVER-WAIT-NEGATIVE: a negative waitInsteadOfSelfCheck is invalid; zero and positive are fine', () => {
    const r = run(withSolver({ http01: ingress, waitInsteadOfSelfCheck: '-30s' }));
    expect(r.errors.map((e) => [e.type, e.field, e.badValue])).toEqual([['FieldValueInvalid', `${S0}.waitInsteadOfSelfCheck`, '-30s']]);
    expect(issuerErrors(withSolver({ http01: ingress, waitInsteadOfSelfCheck: '-0s' }))).toEqual([]);
    expect(issuerErrors(withSolver({ http01: ingress, waitInsteadOfSelfCheck: '1m30s' }))).toEqual([]);
  });

  test('ISS-ACME-SOLVER-WAIT-NEGATIVE comes after ISS-ACME-SOLVER-TYPE-REQUIRED', () => {
    expect(issuerErrors(withSolver({ waitInsteadOfSelfCheck: '-1h' }))).toEqual([`Required ${S0}`, `Invalid ${S0}.waitInsteadOfSelfCheck`]);
  });
});

describe('4.2.2 HTTP01', () => {
  test('ISS-ACME-HTTP01-TYPE-REQUIRED: http01 needs ingress or gatewayHTTPRoute', () => {
    expect(issuerErrors(withSolver({ http01: {} }))).toEqual([`Required ${H}`]);
  });

  test('ISS-ACME-HTTP01-TYPE-MULTIPLE: both types are validated, then Required (sic) at http01', () => {
    const http01 = { ingress: { serviceType: 'LoadBalancer' }, gatewayHTTPRoute: { serviceType: 'Bad' } };
    expect(issuerErrors(withSolver({ http01 }))).toEqual([
      `Invalid ${H}.ingress.serviceType`,
      `Invalid ${H}.gateway.serviceType`,
      `Required ${H}`,
    ]);
  });

  test.each([
    [{ class: 'nginx', ingressClassName: 'nginx' }],
    [{ class: 'nginx', name: 'my-ingress' }],
    [{ ingressClassName: 'nginx', name: 'my-ingress' }],
    [{ class: '', ingressClassName: 'nginx' }],
  ])('ISS-ACME-HTTP01-INGRESS-CLASS-EXCLUSIVE: two of class, ingressClassName, name (%j)', (ing) => {
    expect(issuerErrors(withSolver({ http01: { ingress: ing } }))).toEqual([`Forbidden ${H}.ingress`]);
  });

  test('ISS-ACME-HTTP01-INGRESS-CLASS-EXCLUSIVE: an empty name does not count, one field alone is fine', () => {
    expect(issuerErrors(withSolver({ http01: { ingress: { class: 'nginx', name: '' } } }))).toEqual([]);
    expect(issuerErrors(withSolver({ http01: { ingress: { name: 'my-ingress' } } }))).toEqual([]);
  });

  test('ISS-ACME-HTTP01-INGRESSCLASSNAME-INVALID: must be a DNS-1123 subdomain; "" counts as set and fails', () => {
    const r = run(withSolver({ http01: { ingress: { ingressClassName: 'Not_Valid' } } }));
    expect(r.errors.map((e) => [e.type, e.field, e.badValue])).toEqual([
      ['FieldValueInvalid', `${H}.ingress.ingressClassName`, 'Not_Valid'],
    ]);
    expect(r.errors[0]?.detail).toMatch(/^must be a valid IngressClass name: /);
    expect(issuerErrors(withSolver({ http01: { ingress: { ingressClassName: '' } } }))).toEqual([`Invalid ${H}.ingress.ingressClassName`]);
    expect(issuerErrors(withSolver({ http01: { ingress: { ingressClassName: 'internal.nginx' } } }))).toEqual([]);
  });

  test('ISS-ACME-HTTP01-INGRESS order: CLASS-EXCLUSIVE, INGRESSCLASSNAME-INVALID, SERVICETYPE', () => {
    const ing = { class: 'x', ingressClassName: 'X', serviceType: 'LoadBalancer' };
    expect(issuerErrors(withSolver({ http01: { ingress: ing } }))).toEqual([
      `Forbidden ${H}.ingress`,
      `Invalid ${H}.ingress.ingressClassName`,
      `Invalid ${H}.ingress.serviceType`,
    ]);
  });

  test.each(['', 'ClusterIP', 'NodePort'])('ISS-ACME-HTTP01-INGRESS-SERVICETYPE and -GATEWAY-SERVICETYPE: %j is allowed', (serviceType) => {
    expect(issuerErrors(withSolver({ http01: { ingress: { serviceType } } }))).toEqual([]);
    expect(issuerErrors(withSolver({ http01: { gatewayHTTPRoute: { serviceType } } }))).toEqual([]);
  });

  test('ISS-ACME-HTTP01-INGRESS-SERVICETYPE: LoadBalancer is not allowed', () => {
    expect(issuerErrors(withSolver({ http01: { ingress: { serviceType: 'LoadBalancer' } } }))).toEqual([
      `Invalid ${H}.ingress.serviceType`,
    ]);
  });

  test('ISS-ACME-HTTP01-GATEWAY-SERVICETYPE: reported under http01.gateway (sic, JSON gatewayHTTPRoute)', () => {
    expect(issuerErrors(withSolver({ http01: { gatewayHTTPRoute: { serviceType: 'clusterip' } } }))).toEqual([
      `Invalid ${H}.gateway.serviceType`,
    ]);
  });

  test('ISS-ACME-HTTP01-GATEWAY-PARENTREFS-REQUIRED is v1.15.5 only: an empty gatewayHTTPRoute and empty parentRefs are valid', () => {
    expect(issuerErrors(withSolver({ http01: { gatewayHTTPRoute: {} } }))).toEqual([]);
    expect(issuerErrors(withSolver({ http01: { gatewayHTTPRoute: { parentRefs: [] } } }))).toEqual([]);
    expect(issuerErrors(withSolver({ http01: gateway }))).toEqual([]);
  });

  test('ISS-ACME-HTTP01-GATEWAY-PARENTREF-NAME-REQUIRED: kind set (even "") without a name', () => {
    const parentRefs = [{ name: 'gw', kind: 'Gateway' }, { kind: '' }];
    expect(issuerErrors(withSolver({ http01: { gatewayHTTPRoute: { parentRefs } } }))).toEqual([
      `Required ${H}.gateway.parentRefs[1].name`,
    ]);
  });

  test('ISS-ACME-HTTP01-GATEWAY-PARENTREF-KIND-REQUIRED: a name without kind', () => {
    const parentRefs = [{ name: 'gw' }];
    expect(issuerErrors(withSolver({ http01: { gatewayHTTPRoute: { parentRefs } } }))).toEqual([
      `Required ${H}.gateway.parentRefs[0].kind`,
    ]);
  });

  test('ISS-ACME-HTTP01-GATEWAY-PARENTREF-*: scanning stops at the first offending entry, after SERVICETYPE', () => {
    const parentRefs = [{ name: 'a' }, { kind: 'Gateway' }, { name: 'c' }];
    expect(issuerErrors(withSolver({ http01: { gatewayHTTPRoute: { serviceType: 'x', parentRefs } } }))).toEqual([
      `Invalid ${H}.gateway.serviceType`,
      `Required ${H}.gateway.parentRefs[0].kind`,
    ]);
  });

  test('a parentRef with neither name nor kind is not reported', () => {
    expect(issuerErrors(withSolver({ http01: { gatewayHTTPRoute: { parentRefs: [{ namespace: 'x' }] } } }))).toEqual([]);
  });
});
