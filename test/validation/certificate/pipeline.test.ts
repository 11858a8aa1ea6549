import { expect, test } from 'vitest';
import { validate } from '../../../src/index.js';

const cert = (spec: unknown) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: { name: 'web', namespace: 'default' },
  spec,
});

test('CERT-IDENTITY-REQUIRED through validate(): a Certificate with no spec reports the required fields', () => {
  const { errors, warnings } = validate(cert(undefined), { schema: false });
  expect(errors.map((e) => `${e.type} ${e.field}`)).toEqual([
    'FieldValueRequired spec.secretName',
    'FieldValueRequired spec.issuerRef.name',
    'FieldValueInvalid spec',
  ]);
  expect(warnings).toEqual([]);
});

test('CERT-NAMECONSTRAINTS-GATE through validate(): gates passed as options reach the rules', () => {
  const spec = { secretName: 's', issuerRef: { name: 'ca' }, commonName: 'x', isCA: true, nameConstraints: { permitted: {} } };
  expect(validate(cert(spec), { schema: false }).errors).toEqual([]);
  expect(validate(cert(spec), { schema: false, featureGates: { NameConstraints: false } }).errors.map((e) => e.field)).toEqual([
    'spec.nameConstraints',
  ]);
});

test('CERT-SECRETNAME-REQUIRED on UPDATE: Certificates are re-validated in full', () => {
  const bad = cert({ issuerRef: { name: 'ca' }, commonName: 'x' });
  const { errors } = validate(bad, {
    schema: false,
    operation: 'UPDATE',
    oldObject: cert({ secretName: 's', issuerRef: { name: 'ca' }, commonName: 'x' }),
  });
  expect(errors.map((e) => e.field)).toEqual(['spec.secretName']);
});
