// Regression: cert-manager's own Go code (master's validation), fed generated whole objects
// beside cmapi, answered differently on these reproducers: undecodable durations outside
// Certificate passed `validate`; literalSubject `#` values were read as BER after a space;
// Challenge immutability compared maps as if a missing key equalled ""; CertificateRequest
// condition times were compared at second precision; an absent value struct inside an affinity
// term differed from `{}`.
import { describe, expect, test } from 'vitest';
import { validate } from '../../src/index.js';

const CR = (spec: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'CertificateRequest',
  metadata: { name: 'cr', namespace: 'ns' },
  spec: { issuerRef: { name: 'ca' }, request: '', ...spec },
  ...extra,
});
const ORDER = (spec: Record<string, unknown>) => ({
  apiVersion: 'acme.cert-manager.io/v1',
  kind: 'Order',
  metadata: { name: 'o', namespace: 'ns' },
  spec: { request: 'AAAA', issuerRef: { name: 'acme' }, dnsNames: ['a.example.com'], ...spec },
});
const ISSUER = (solver: Record<string, unknown>) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Issuer',
  metadata: { name: 'i', namespace: 'ns' },
  spec: {
    acme: {
      server: 'https://acme.example.com/directory',
      privateKeySecretRef: { name: 'k' },
      solvers: [{ http01: { ingress: {} }, ...solver }],
    },
  },
});
const CHALLENGE = (solver: Record<string, unknown>) => ({
  apiVersion: 'acme.cert-manager.io/v1',
  kind: 'Challenge',
  metadata: { name: 'c', namespace: 'ns' },
  spec: {
    url: 'https://acme.example.com/c',
    authorizationURL: 'https://acme.example.com/a',
    dnsName: 'a.example.com',
    type: 'HTTP-01',
    token: 't',
    key: 'k',
    solver,
    issuerRef: { name: 'acme' },
  },
});
const fields = (r: ReturnType<typeof validate>) => r.errors.map((e) => `${e.type} ${e.field}`);

describe('unparsable durations outside Certificate', () => {
  for (const schema of [true, false]) {
    test(`CertificateRequest and Order spec.duration (schema check ${schema ? 'on' : 'off'})`, () => {
      for (const duration of ['90d', 'h', '', 'banana']) {
        expect(fields(validate(CR({ duration }), { schema })), duration).toContain('FieldValueInvalid spec.duration');
        expect(fields(validate(ORDER({ duration }), { schema })), duration).toContain('FieldValueInvalid spec.duration');
      }
      expect(fields(validate(ORDER({ duration: '2160h' }), { schema }))).not.toContain('FieldValueInvalid spec.duration');
    });

    test(`ACME solver waitInsteadOfSelfCheck in an Issuer and a Challenge (schema check ${schema ? 'on' : 'off'})`, () => {
      for (const wait of ['', '5 minutes']) {
        expect(fields(validate(ISSUER({ waitInsteadOfSelfCheck: wait }), { schema }))).toContain(
          'FieldValueInvalid spec.acme.solvers[0].waitInsteadOfSelfCheck',
        );
        expect(fields(validate(CHALLENGE({ http01: { ingress: {} }, waitInsteadOfSelfCheck: wait }), { schema }))).toContain(
          'FieldValueInvalid spec.solver.waitInsteadOfSelfCheck',
        );
      }
      expect(validate(ISSUER({ waitInsteadOfSelfCheck: '30s' }), { schema }).errors).toEqual([]);
    });
  }
});

describe('literalSubject # values', () => {
  const cert = (literalSubject: string, extra: Record<string, unknown> = {}) => ({
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: 'c', namespace: 'ns' },
    spec: { secretName: 's', issuerRef: { name: 'ca' }, literalSubject, ...extra },
  });
  test('`C= #` is accepted, `UID=#0c03666f6f ` rejected, `CN= #` is the CN', () => {
    expect(validate(cert('C= #', { dnsNames: ['a.example.com'] })).errors).toEqual([]);
    expect(fields(validate(cert('UID=#0c03666f6f ', { dnsNames: ['a.example.com'] })))).toEqual(['FieldValueInvalid spec.literalSubject']);
    expect(validate(cert('CN= #')).errors).toEqual([]);
    expect(validate(cert('O= #x,CN=web')).errors).toEqual([]);
  });
});

describe('Challenge spec immutability', () => {
  const withAnnotations = (annotations: Record<string, string>) =>
    CHALLENGE({ http01: { ingress: { podTemplate: { metadata: { annotations } } } } });
  test('map entries: a new key with an empty value is a change', () => {
    const r = validate(withAnnotations({ '-a': '' }), { operation: 'UPDATE', oldObject: withAnnotations({}) });
    expect(fields(r)).toEqual(['FieldValueForbidden spec']);
    const nodeSelector = (m: Record<string, string>) => CHALLENGE({ http01: { ingress: { podTemplate: { spec: { nodeSelector: m } } } } });
    expect(fields(validate(nodeSelector({ a: '' }), { operation: 'UPDATE', oldObject: nodeSelector({ b: '' }) }))).toEqual([
      'FieldValueForbidden spec',
    ]);
    expect(validate(withAnnotations({ a: '' }), { operation: 'UPDATE', oldObject: withAnnotations({ a: '' }) }).errors).toEqual([]);
  });

  test('affinity value struct: an absent preference equals the zero one', () => {
    const affinity = (term: Record<string, unknown>) =>
      CHALLENGE({
        http01: {
          ingress: { podTemplate: { spec: { affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [term] } } } } },
        },
      });
    // The API server's schema requires `weight` and `preference`; the comparison is what is tested.
    const update = { operation: 'UPDATE' as const, schema: false };
    expect(validate(affinity({ preference: {} }), { ...update, oldObject: affinity({}) }).errors).toEqual([]);
    const pod = (term: Record<string, unknown>) =>
      CHALLENGE({
        http01: {
          ingress: { podTemplate: { spec: { affinity: { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [term] } } } } },
        },
      });
    expect(validate(pod({ weight: 0, podAffinityTerm: {} }), { ...update, oldObject: pod({}) }).errors).toEqual([]);
    expect(fields(validate(affinity({ weight: 2 }), { ...update, oldObject: affinity({}) }))).toEqual(['FieldValueForbidden spec']);
  });
});

describe('CertificateRequest Approved condition time', () => {
  const approved = (lastTransitionTime: string) =>
    CR(
      {},
      {
        status: { conditions: [{ type: 'Approved', status: 'True', reason: 'r', message: 'm', lastTransitionTime }] },
      },
    );
  test('H-DEEPEQUAL keeps fractional seconds', () => {
    const r = validate(approved('2024-01-01T00:00:00.5Z'), { operation: 'UPDATE', oldObject: approved('2024-01-01T00:00:00Z') });
    expect(r.errors.map((e) => e.type)).toContain('FieldValueForbidden');
    const later = validate(approved('2024-01-01T01:00:00.000000001+01:00'), {
      operation: 'UPDATE',
      oldObject: approved('2024-01-01T00:00:00Z'),
    });
    expect(later.errors.map((e) => e.type)).toContain('FieldValueForbidden');
    expect(
      validate(approved('2024-01-01T01:00:00.500+01:00'), { operation: 'UPDATE', oldObject: approved('2024-01-01T00:00:00.5Z') }).errors,
    ).toEqual([]);
  });
});
