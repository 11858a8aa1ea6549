import { describe, expect, test } from 'vitest';
import { errorsFor, pairs } from './run.js';

const ks = (keystores: unknown) => pairs(errorsFor({ keystores }));

/** The same three rules for both keystore kinds, with the rule IDs written out for search. */
const CASES = [
  {
    key: 'jks',
    exclusive: 'CERT-KEYSTORE-JKS-PASSWORD-EXCLUSIVE',
    required: 'CERT-KEYSTORE-JKS-PASSWORD-REQUIRED',
    empty: 'CERT-KEYSTORE-JKS-PASSWORD-EMPTY',
  },
  {
    key: 'pkcs12',
    exclusive: 'CERT-KEYSTORE-PKCS12-PASSWORD-EXCLUSIVE',
    required: 'CERT-KEYSTORE-PKCS12-PASSWORD-REQUIRED',
    empty: 'CERT-KEYSTORE-PKCS12-PASSWORD-EMPTY',
  },
];

describe.each(CASES)('keystores.$key', ({ key, exclusive, required, empty }) => {
  test(`${exclusive}: not both password and passwordSecretRef`, () => {
    expect(ks({ [key]: { create: true, password: 'x', passwordSecretRef: { name: 's', key: 'k' } } })).toEqual([
      `FieldValueForbidden spec.keystores.${key}`,
    ]);
    expect(ks({ [key]: { create: true, password: 'x' } })).toEqual([]);
  });

  test(`${required}: one of them must be set (Forbidden)`, () => {
    expect(ks({ [key]: { create: true } })).toEqual([`FieldValueForbidden spec.keystores.${key}`]);
    expect(ks({ [key]: { create: true, passwordSecretRef: { name: '' } } })).toEqual([`FieldValueForbidden spec.keystores.${key}`]);
    expect(ks({ [key]: { create: true, passwordSecretRef: { name: 's', key: 'k' } } })).toEqual([]);
  });

  test(`${empty}: a literal password must not be empty`, () => {
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
