import { expect, test } from 'vitest';
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
  validateChallenge(now, { operation, oldObject: old, gates: resolveFeatureGates({}) }).errors.map((e) => `${e.type} ${e.field}`);

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
