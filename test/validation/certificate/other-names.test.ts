import { describe, expect, test } from 'vitest';
import { errorsFor, pairs } from './run.js';

describe('otherNames', () => {
  test('CERT-OTHERNAMES-GATE: forbidden at spec.OtherNames when the gate is off, and no item rule runs', () => {
    const otherNames = [{ oid: '', utf8Value: '' }];
    expect(pairs(errorsFor({ otherNames }, { OtherNames: false }))).toEqual(['FieldValueForbidden spec.OtherNames']);
    expect(pairs(errorsFor({ otherNames: [{ oid: '1.3.6.1.4.1.311.20.2.3', utf8Value: 'u@x' }] }, { OtherNames: true }))).toEqual([]);
    expect(pairs(errorsFor({ otherNames: [] }, { OtherNames: false }))).toEqual([]);
  });

  test('CERT-OTHERNAME-OID-REQUIRED and CERT-OTHERNAME-OID-SYNTAX: an empty oid gives both', () => {
    expect(pairs(errorsFor({ otherNames: [{ oid: '', utf8Value: 'v' }] }))).toEqual([
      'FieldValueRequired spec.otherNames[0].oid',
      'FieldValueInvalid spec.otherNames[0].oid',
    ]);
  });

  test('CERT-OTHERNAME-OID-SYNTAX: the oid must be dotted integers (negative arcs pass)', () => {
    expect(pairs(errorsFor({ otherNames: [{ oid: '1..2', utf8Value: 'v' }] }))).toEqual(['FieldValueInvalid spec.otherNames[0].oid']);
    expect(pairs(errorsFor({ otherNames: [{ oid: '1.-2', utf8Value: 'v' }] }))).toEqual([]);
  });

  test('CERT-OTHERNAME-UTF8VALUE-REQUIRED: utf8Value must be non-empty', () => {
    expect(pairs(errorsFor({ otherNames: [{ oid: '1.2' }, { oid: '1.2', utf8Value: 'x' }] }))).toEqual([
      'FieldValueRequired spec.otherNames[0].utf8Value',
    ]);
  });
});
