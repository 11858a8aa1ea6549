import { describe, expect, test } from 'vitest';
import { Path } from '../../../src/field/path.js';
import { validateSecretKeySelector } from '../../../src/validation/issuer/secret-key-selector.js';

const at = Path.root('spec').child('ref');
const fields = (sel: unknown) => validateSecretKeySelector(sel, at).map((e) => `${e.type} ${e.field}`);

describe('4.7 secret key selectors', () => {
  test('SKS-NAME-REQUIRED and SKS-KEY-REQUIRED: a valid selector gives nothing', () => {
    expect(fields({ name: 'n', key: 'k' })).toEqual([]);
  });
  test('SKS-NAME-REQUIRED: an empty name', () => {
    expect(fields({ name: '', key: 'k' })).toEqual(['FieldValueRequired spec.ref.name']);
  });
  test('SKS-KEY-REQUIRED: a missing key', () => {
    expect(fields({ name: 'n' })).toEqual(['FieldValueRequired spec.ref.key']);
  });
  test('SKS-NAME-REQUIRED and SKS-KEY-REQUIRED both fire for an absent or malformed selector', () => {
    for (const sel of [undefined, null, {}, 'x', [], { name: 1, key: true }]) {
      expect(fields(sel)).toEqual(['FieldValueRequired spec.ref.name', 'FieldValueRequired spec.ref.key']);
    }
  });
});
