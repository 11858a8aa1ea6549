import { describe, expect, test } from 'vitest';
import { errorsFor, pairs } from './run.js';

const ks = (keystores: unknown) => pairs(errorsFor({ keystores }));

describe.each([
  ['jks', 'JKS'],
  ['pkcs12', 'PKCS12'],
])('keystores.%s', (key, id) => {
  test(`CERT-KEYSTORE-${id}-PASSWORD-EXCLUSIVE: not both password and passwordSecretRef`, () => {
    expect(ks({ [key]: { create: true, password: 'x', passwordSecretRef: { name: 's', key: 'k' } } })).toEqual([
      `FieldValueForbidden spec.keystores.${key}`,
    ]);
    expect(ks({ [key]: { create: true, password: 'x' } })).toEqual([]);
  });

  test(`CERT-KEYSTORE-${id}-PASSWORD-REQUIRED: one of them must be set (Forbidden)`, () => {
    expect(ks({ [key]: { create: true } })).toEqual([`FieldValueForbidden spec.keystores.${key}`]);
    expect(ks({ [key]: { create: true, passwordSecretRef: { name: '' } } })).toEqual([`FieldValueForbidden spec.keystores.${key}`]);
    expect(ks({ [key]: { create: true, passwordSecretRef: { name: 's', key: 'k' } } })).toEqual([]);
  });

  test(`CERT-KEYSTORE-${id}-PASSWORD-EMPTY: a literal password must not be empty`, () => {
    expect(ks({ [key]: { create: true, password: '' } })).toEqual([`FieldValueForbidden spec.keystores.${key}.password`]);
    expect(ks({ [key]: { create: true, password: '', passwordSecretRef: { name: 's' } } })).toEqual([
      `FieldValueForbidden spec.keystores.${key}`,
      `FieldValueForbidden spec.keystores.${key}.password`,
    ]);
  });
});

test('CERT-KEYSTORE-JKS-PASSWORD-REQUIRED, CERT-KEYSTORE-PKCS12-PASSWORD-REQUIRED: JKS is checked before PKCS#12', () => {
  const errs = errorsFor({ keystores: { pkcs12: { create: true }, jks: { create: true } } });
  expect(pairs(errs)).toEqual(['FieldValueForbidden spec.keystores.jks', 'FieldValueForbidden spec.keystores.pkcs12']);
  expect(errs[1]!.detail).toContain('PKCS#12');
});
