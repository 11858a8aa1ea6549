import { describe, expect, test } from 'vitest';
import type { JsonObject } from '../../../src/util/json.js';
import { resolveFeatureGates } from '../../../src/validation/feature-gates.js';
import { validateOrder } from '../../../src/validation/order/index.js';

const order = (spec: JsonObject, status: JsonObject): JsonObject => ({
  apiVersion: 'acme.cert-manager.io/v1',
  kind: 'Order',
  metadata: { name: 'o' },
  spec,
  status,
});
const run = (now: JsonObject, old: JsonObject | undefined, operation: 'CREATE' | 'UPDATE' = 'UPDATE') =>
  validateOrder(now, { operation, oldObject: old, gates: resolveFeatureGates({}), release: 'master' as const }).errors.map(
    (e) => `${e.type} ${e.field}`,
  );

const challenge = { url: 'https://c/1', type: 'http-01', token: 't' };
const authz = { url: 'https://a/1', identifier: 'example.com', wildcard: false, initialState: 'pending', challenges: [challenge] };
const status = { url: 'https://o/1', finalizeURL: 'https://o/1/f', certificate: 'Y2VydA==', authorizations: [authz] };
const old = order({ request: 'Y3Ny' }, status);

describe('Order UPDATE', () => {
  test('CREATE and UPDATE without an old object have no rules', () => {
    expect(run(order({ request: 'eA==' }, {}), old, 'CREATE')).toEqual([]);
    expect(run(order({ request: 'eA==' }, {}), undefined)).toEqual([]);
    expect(run(old, old)).toEqual([]);
  });

  test('ORDER-SPEC-REQUEST-IMMUTABLE: a set request may not change; setting it the first time is fine', () => {
    expect(run(order({ request: 'eA==' }, status), old)).toEqual(['FieldValueForbidden spec.request']);
    expect(run(order({ request: 'Y3 Ny'.replace(' ', '\n') }, status), old)).toEqual([]);
    expect(run(old, order({}, status))).toEqual([]);
  });

  test('ORDER-STATUS-URL-IMMUTABLE, ORDER-STATUS-FINALIZEURL-IMMUTABLE, ORDER-STATUS-CERTIFICATE-IMMUTABLE', () => {
    expect(run(order({ request: 'Y3Ny' }, { ...status, url: 'x', finalizeURL: '', certificate: 'eA==' }), old)).toEqual([
      'FieldValueForbidden status.url',
      'FieldValueForbidden status.finalizeURL',
      'FieldValueForbidden status.certificate',
    ]);
    expect(run(old, order({ request: 'Y3Ny' }, { authorizations: [authz] }))).toEqual([]);
  });

  test('ORDER-AUTHZ-COUNT-IMMUTABLE: the number of authorizations is fixed once set; a shorter list is compared by common prefix', () => {
    expect(run(order({ request: 'Y3Ny' }, { ...status, authorizations: [authz, authz] }), old)).toEqual([
      'FieldValueForbidden status.authorizations',
    ]);
    expect(run(order({ request: 'Y3Ny' }, { ...status, authorizations: [] }), old)).toEqual(['FieldValueForbidden status.authorizations']);
  });

  test('ORDER-AUTHZ-URL-IMMUTABLE, ORDER-AUTHZ-IDENTIFIER-IMMUTABLE, ORDER-AUTHZ-WILDCARD-IMMUTABLE, ORDER-AUTHZ-INITIALSTATE-IMMUTABLE', () => {
    const changed = { ...authz, url: 'u', identifier: 'other', wildcard: undefined, initialState: 'valid' };
    expect(run(order({ request: 'Y3Ny' }, { ...status, authorizations: [changed] }), old)).toEqual([
      'FieldValueForbidden status.authorizations[0].url',
      'FieldValueForbidden status.authorizations[0].identifier',
      'FieldValueForbidden status.authorizations[0].wildcard',
      'FieldValueForbidden status.authorizations[0].initialState',
    ]);
    const unset = order({}, { authorizations: [{ challenges: [] }] });
    expect(run(order({}, { authorizations: [authz] }), unset)).toEqual([]);
  });

  test('ORDER-AUTHZ-CHALLENGES-COUNT-IMMUTABLE, ORDER-CHALLENGE-URL-IMMUTABLE, ORDER-CHALLENGE-TYPE-IMMUTABLE, ORDER-CHALLENGE-TOKEN-IMMUTABLE', () => {
    const moreChallenges = { ...authz, challenges: [challenge, challenge] };
    expect(run(order({ request: 'Y3Ny' }, { ...status, authorizations: [moreChallenges] }), old)).toEqual([
      'FieldValueForbidden status.authorizations[0].challenges',
    ]);
    const changed = { ...authz, challenges: [{ url: 'x', type: 'dns-01', token: 'y' }] };
    expect(run(order({ request: 'Y3Ny' }, { ...status, authorizations: [changed] }), old)).toEqual([
      'FieldValueForbidden status.authorizations[0].challenges[0].url',
      'FieldValueForbidden status.authorizations[0].challenges[0].type',
      'FieldValueForbidden status.authorizations[0].challenges[0].token',
    ]);
    const first = order({}, { authorizations: [{ ...authz, challenges: [{}] }] });
    expect(run(order({}, { authorizations: [authz] }), first)).toEqual([]);
  });
});
