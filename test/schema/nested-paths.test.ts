/**
 * The generated validators check a referenced definition from an empty path and put the path in
 * front of its errors only when it fails (scripts/generate/validators.ts, `pathsOnFailure`). These
 * tests pin the paths that gives through several levels of definitions, for repeated and shared
 * items, and for the release overlay on top.
 */
import { describe, expect, test } from 'vitest';
import { checkSchema } from '../../src/schema/check.js';

const brief = (errors: { type: string; field: string }[]) => errors.map((e) => `${e.type} ${e.field}`);

const issuer = (solvers: unknown[]) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'ClusterIssuer',
  metadata: { name: 'acme' },
  spec: { acme: { server: 'https://acme.example/directory', privateKeySecretRef: { name: 'key' }, solvers } },
});

describe('SCHEMA-PATHS: errors of nested definitions carry their full path', () => {
  test('SCHEMA-TYPE and SCHEMA-UNKNOWN four definitions down, at the right item', () => {
    const bad = { dns01: { route53: { region: 5, bogus: true } } };
    expect(brief(checkSchema(issuer([{ http01: { ingress: {} } }, bad]), 'cert-manager.io', 'v1', 'ClusterIssuer'))).toEqual([
      'FieldValueUnknown spec.acme.solvers[1].dns01.route53.bogus',
      'FieldValueTypeInvalid spec.acme.solvers[1].dns01.route53.region',
    ]);
  });

  test('one shared sub-object in two items gives an error at each item, each path prefixed once', () => {
    const shared = { dns01: { cloudflare: { apiTokenSecretRef: { name: 7 } } } };
    expect(brief(checkSchema(issuer([shared, shared]), 'cert-manager.io', 'v1', 'ClusterIssuer'))).toEqual([
      'FieldValueTypeInvalid spec.acme.solvers[0].dns01.cloudflare.apiTokenSecretRef.name',
      'FieldValueTypeInvalid spec.acme.solvers[1].dns01.cloudflare.apiTokenSecretRef.name',
    ]);
  });

  test('a second check of the same object gives the same paths (no path is prefixed twice)', () => {
    const object = issuer([{ dns01: { route53: { region: 5 } } }]);
    const first = brief(checkSchema(object, 'cert-manager.io', 'v1', 'ClusterIssuer'));
    expect(brief(checkSchema(object, 'cert-manager.io', 'v1', 'ClusterIssuer'))).toEqual(first);
    expect(first).toEqual(['FieldValueTypeInvalid spec.acme.solvers[0].dns01.route53.region']);
  });

  test('SCHEMA-REQUIRED of an older release beside a nested type error', () => {
    const object = issuer([{ dns01: { route53: { hostedZoneID: 5 } } }]);
    expect(brief(checkSchema(object, 'cert-manager.io', 'v1', 'ClusterIssuer', 'v1.15'))).toEqual([
      'FieldValueTypeInvalid spec.acme.solvers[0].dns01.route53.hostedZoneID',
      'FieldValueRequired spec.acme.solvers[0].dns01.route53.region',
    ]);
  });
});
