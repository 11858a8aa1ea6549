/** Words of unknown-field errors: closest field and allowed fields. */
import { describe, expect, test } from 'vitest';
import { closest, editDistance, unknownFieldDetail } from '../../src/schema/suggest.js';

describe('unknown-field suggestions', () => {
  test('editDistance counts edits and gives up above the limit', () => {
    expect(editDistance('dnsName', 'dnsNames', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('nmae', 'name', 2)).toBe(1);
  });

  test('SCHEMA-UNKNOWN: closest finds case slips and small typos, nothing for unrelated names', () => {
    const fields = ['secretName', 'dnsNames', 'issuerRef', 'isCA', 'uris'];
    expect(closest('secretname', fields)).toBe('secretName');
    expect(closest('dnsName', fields)).toBe('dnsNames');
    expect(closest('isuerRef', fields)).toBe('issuerRef');
    expect(closest('zzz', fields)).toBeUndefined();
    expect(closest('uri', fields)).toBe('uris');
    expect(closest('ca', fields)).toBeUndefined();
  });

  test('SCHEMA-UNKNOWN: the detail names the guess and the allowed fields', () => {
    expect(unknownFieldDetail('nmae', ['name', 'kind'], 'x/v1 K')).toBe(
      'unknown field "nmae", did you mean "name"? Allowed here (x/v1 K): name, kind',
    );
    expect(unknownFieldDetail('zzz', ['name'], 'x/v1 K')).toBe('unknown field "zzz". Allowed here (x/v1 K): name');
    expect(unknownFieldDetail('a', [], 'x/v1 K')).toContain('no fields');
    expect(unknownFieldDetail('a', undefined, 'x/v1 K')).toContain('not declared by the x/v1 K schema');
  });
});
