/** checkSchema on the real generated validators (small objects of the real kinds). */
import { describe, expect, test } from 'vitest';
import type { FieldError } from '../../src/field/field-error.js';
import { checkSchema } from '../../src/schema/check.js';
import { checkListEnvelope } from '../../src/schema/list-envelope.js';
import { KINDS, VERSIONS } from '../../src/scheme/kinds.js';

const brief = (errors: FieldError[]) => errors.map((e) => `${e.type} ${e.field}`);
const cert = (spec: Record<string, unknown>, metadata: Record<string, unknown> = { name: 'web' }) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata,
  spec: { secretName: 'web-tls', issuerRef: { name: 'ca' }, ...spec },
});

describe('checkSchema on the real model', () => {
  test('every kind and version has a validator (an empty object of each gives no InternalError)', () => {
    for (const { group, kind } of KINDS) {
      for (const version of VERSIONS) {
        const errors = checkSchema({ apiVersion: `${group}/${version}`, kind }, group, version, kind);
        expect(
          errors.filter((e) => e.type === 'InternalError'),
          `${kind} ${version}`,
        ).toEqual([]);
      }
    }
  });

  test('a minimal Certificate is valid', () => {
    expect(checkSchema(cert({ dnsNames: ['web.example.com'] }), 'cert-manager.io', 'v1', 'Certificate')).toEqual([]);
  });

  test('SCHEMA-UNKNOWN: a misspelt spec field is Unknown at its own path', () => {
    expect(brief(checkSchema(cert({ dnsName: ['a'] }), 'cert-manager.io', 'v1', 'Certificate'))).toEqual([
      'FieldValueUnknown spec.dnsName',
    ]);
  });

  test('SCHEMA-UNKNOWN: fields of another version are unknown (v1alpha2 keyAlgorithm in v1)', () => {
    expect(brief(checkSchema(cert({ keyAlgorithm: 'rsa' }), 'cert-manager.io', 'v1', 'Certificate'))).toEqual([
      'FieldValueUnknown spec.keyAlgorithm',
    ]);
    const old = { ...cert({ keyAlgorithm: 'rsa' }), apiVersion: 'cert-manager.io/v1alpha2' };
    expect(checkSchema(old, 'cert-manager.io', 'v1alpha2', 'Certificate')).toEqual([]);
  });

  test('SCHEMA-ENUM: v1 privateKey.algorithm is upper case', () => {
    expect(checkSchema(cert({ privateKey: { algorithm: 'rsa' } }), 'cert-manager.io', 'v1', 'Certificate')).toMatchObject([
      {
        type: 'FieldValueNotSupported',
        field: 'spec.privateKey.algorithm',
        badValue: 'rsa',
        detail: 'supported values: "RSA", "ECDSA", "Ed25519"',
      },
    ]);
  });

  test('SCHEMA-REQUIRED: issuerRef.name and secretName', () => {
    const object = cert({ secretName: null, issuerRef: {} });
    expect(brief(checkSchema(object, 'cert-manager.io', 'v1', 'Certificate'))).toEqual([
      'FieldValueRequired spec.secretName',
      'FieldValueRequired spec.issuerRef.name',
    ]);
  });

  test('SCHEMA-PATHS: annotation keys print in brackets', () => {
    const object = cert({}, { name: 'web', annotations: { 'cert-manager.io/issuer': true } });
    expect(brief(checkSchema(object, 'cert-manager.io', 'v1', 'Certificate'))).toEqual([
      'FieldValueTypeInvalid metadata.annotations[cert-manager.io/issuer]',
    ]);
  });

  test('SCHEMA-NULL: creationTimestamp: null (as Go writes it) is fine', () => {
    expect(checkSchema(cert({}, { name: 'web', creationTimestamp: null }), 'cert-manager.io', 'v1', 'Certificate')).toEqual([]);
  });

  test('SCHEMA-FORMAT: status times are RFC 3339', () => {
    const object = { ...cert({}), status: { notAfter: '2024-13-01T00:00:00Z' } };
    expect(brief(checkSchema(object, 'cert-manager.io', 'v1', 'Certificate'))).toEqual(['FieldValueInvalid status.notAfter']);
  });

  test('SCHEMA-SHARED-DEF: the shared issuerRef is checked in every kind that uses it', () => {
    const order = {
      apiVersion: 'acme.cert-manager.io/v1',
      kind: 'Order',
      metadata: { name: 'o' },
      spec: { request: 'eA==', issuerRef: { nmae: 'x' } },
    };
    expect(brief(checkSchema(order, 'acme.cert-manager.io', 'v1', 'Order'))).toEqual([
      'FieldValueRequired spec.issuerRef.name',
      'FieldValueUnknown spec.issuerRef.nmae',
    ]);
  });
});

describe('checkListEnvelope', () => {
  test('SCHEMA-LIST-ENVELOPE: apiVersion, kind, ListMeta metadata and items; nothing else', () => {
    const list = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'CertificateList',
      metadata: { resourceVersion: '1' },
      items: [{ any: 'thing' }],
    };
    expect(checkListEnvelope(list)).toEqual([]);
    const bad = { ...list, metadata: { name: 'x', continue: 5 }, item: [] };
    expect(brief(checkListEnvelope(bad, 'cert-manager.io/v1 CertificateList'))).toEqual([
      'FieldValueUnknown item',
      'FieldValueUnknown metadata.name',
      'FieldValueTypeInvalid metadata.continue',
    ]);
    expect(checkListEnvelope(bad, 'cert-manager.io/v1 CertificateList')[0]?.detail).toContain('did you mean "items"?');
  });
});
