import { describe, expect, test } from 'vitest';
import { errorsFor, pairs } from './run.js';

const ca = (nameConstraints: unknown, isCA = true, gates = {}) => pairs(errorsFor({ isCA, nameConstraints }, gates));

describe('nameConstraints', () => {
  test('CERT-NAMECONSTRAINTS-GATE: forbidden with the gate off (the only error), allowed with it on', () => {
    expect(ca({ permitted: { dnsDomains: ['example.com'] } }, true, { NameConstraints: true })).toEqual([]);
    expect(ca({}, false, { NameConstraints: false })).toEqual(['FieldValueForbidden spec.nameConstraints']);
  });

  test('CERT-NAMECONSTRAINTS-REQUIRES-ISCA: only on CA certificates', () => {
    expect(ca({ excluded: {} }, false)).toEqual(['FieldValueInvalid spec.nameConstraints']);
    expect(ca({ excluded: {} }, true)).toEqual([]);
  });

  test('CERT-NAMECONSTRAINTS-EMPTY: permitted or excluded must be present (an empty object counts)', () => {
    expect(ca({ critical: true })).toEqual(['FieldValueInvalid spec.nameConstraints']);
    expect(ca({ permitted: {} })).toEqual([]);
    expect(ca({}, false)).toEqual(['FieldValueInvalid spec.nameConstraints', 'FieldValueInvalid spec.nameConstraints']);
  });

  test('CERT-NAMECONSTRAINTS-IPRANGE-CIDR: permitted then excluded ipRanges must be CIDRs', () => {
    expect(ca({ permitted: { ipRanges: ['10.0.0.0/8', '2001:db8::/32'] }, excluded: { ipRanges: ['10.0.0.1/32'] } })).toEqual([]);
    expect(ca({ excluded: { ipRanges: ['10.0.0.0'] }, permitted: { ipRanges: ['ok', '10.0.0.0/8', '1.2.3.4/33'] } })).toEqual([
      'FieldValueInvalid spec.nameConstraints.permitted.ipRanges[0]',
      'FieldValueInvalid spec.nameConstraints.permitted.ipRanges[2]',
      'FieldValueInvalid spec.nameConstraints.excluded.ipRanges[0]',
    ]);
  });
});
