// Items of a <Kind>List may leave out apiVersion and kind, as the API server writes lists: every
// capability treats them as the list's kind in the list's version.
import { describe, expect, test } from 'vitest';
import { applyDefaults, convert, validate } from '../src/index.js';

const list = {
  apiVersion: 'cert-manager.io/v1alpha2',
  kind: 'CertificateList',
  items: [
    {
      metadata: { name: 'a' },
      spec: { secretName: 's', issuerRef: { name: 'ca' }, commonName: 'a.example.com', keyAlgorithm: 'rsa', keySize: 1024 },
    },
  ],
};

describe('bare items of a <Kind>List', () => {
  test('validate checks them as the list kind, in the list version (old field names)', () => {
    expect(validate(list).errors.map((e) => `${e.type} ${e.field}`)).toEqual(['FieldValueInvalid items[0].spec.keySize']);
  });

  test('convert converts them and leaves them bare; the round trip keeps every value', () => {
    const r = convert(list, 'cert-manager.io/v1');
    expect(r.errors).toEqual([]);
    const item = (r.object as { items: Record<string, unknown>[] }).items[0] as Record<string, unknown>;
    expect(item.apiVersion).toBeUndefined();
    expect(item.spec).toMatchObject({ privateKey: { algorithm: 'RSA', size: 1024 } });
    // By meaning (docs/conversion.md): every value comes back; Go's pointers may add an empty
    // `privateKey: {}`, whose absence means the same.
    const back = convert(r.object, 'cert-manager.io/v1alpha2').object as { items: { spec: Record<string, unknown> }[] };
    expect(back).toMatchObject(list);
    expect(back.items[0]?.spec.privateKey ?? {}).toEqual({});
  });

  test('applyDefaults defaults them as the list kind', () => {
    expect(
      applyDefaults(list, { defaults: ['scheme'] })
        .patch.map((op) => op.path)
        .sort(),
    ).toEqual(['/items/0/spec/issuerRef/group', '/items/0/spec/issuerRef/kind']);
  });

  test('an item of another kind in a typed list is an error', () => {
    const mixed = {
      ...list,
      items: [{ apiVersion: 'cert-manager.io/v1alpha2', kind: 'Issuer', metadata: { name: 'i' }, spec: { selfSigned: {} } }],
    };
    expect(validate(mixed).errors.map((e) => `${e.type} ${e.field}`)).toContain('FieldValueInvalid items[0].kind');
  });
});
