import { describe, expect, test } from 'vitest';
import { goAtoi } from '../../../src/go/strconv/atoi.js';
import { isOid, oidEquals, parseOid } from '../../../src/validation/helpers/oid.js';

describe('H-OID', () => {
  test.each(['1', '1.2.3', '2.5.4.3', '1.-2', '+1.2', '01.002', '9223372036854775807', '1.3.6.1.4.1.311.20.2.3'])(
    'H-OID: %s is valid',
    (s) => expect(isOid(s)).toBe(true),
  );

  test.each(['', '.', '1.', '.1', '1..2', 'a.b', '1.2a', '1. 2', '+', '-', '9223372036854775808', '1.2.3.'])('H-OID: %j is invalid', (s) =>
    expect(isOid(s)).toBe(false),
  );

  test('H-OID: arcs compare numerically', () => {
    expect(oidEquals(parseOid('2.5.4.03')!, parseOid('+2.5.4.3')!)).toBe(true);
    expect(oidEquals(parseOid('2.5.4.3')!, parseOid('2.5.4')!)).toBe(false);
  });

  test('Go Atoi bounds', () => {
    expect(goAtoi('-9223372036854775808')).toBe(-(1n << 63n));
    expect(goAtoi('-9223372036854775809')).toBeUndefined();
    expect(goAtoi(`${'0'.repeat(40)}7`)).toBe(7n);
  });
});
