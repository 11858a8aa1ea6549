import { describe, expect, test } from 'vitest';
import { rfc3339Seconds } from '../../../src/go/time/rfc3339.js';
import { goDeepEqual } from '../../../src/validation/helpers/deep-equal.js';

describe('H-DEEPEQUAL', () => {
  test('scalars: absent equals the zero value only', () => {
    expect(goDeepEqual(undefined, '', 'scalar')).toBe(true);
    expect(goDeepEqual(null, false, 'scalar')).toBe(true);
    expect(goDeepEqual(undefined, 'x', 'scalar')).toBe(false);
    expect(goDeepEqual(1, 1, 'scalar')).toBe(true);
  });
  test('lists and maps: absent differs from empty', () => {
    expect(goDeepEqual(undefined, [], { list: 'scalar' })).toBe(false);
    expect(goDeepEqual(null, undefined, { list: 'scalar' })).toBe(true);
    expect(goDeepEqual(['a', 'b'], ['b', 'a'], { list: 'scalar' })).toBe(false);
    expect(goDeepEqual({}, undefined, { map: 'scalar' })).toBe(false);
    expect(goDeepEqual({ a: ['1'] }, { a: ['1'] }, { map: { list: 'scalar' } })).toBe(true);
  });
  test('value structs treat absent as all-zero; pointer structs do not', () => {
    const value = { struct: { name: 'scalar' as const }, pointer: false, closed: true };
    expect(goDeepEqual(undefined, { name: '' }, value)).toBe(true);
    expect(goDeepEqual(undefined, {}, { ...value, pointer: true })).toBe(false);
    expect(goDeepEqual({ name: 'a', extra: 1 }, { name: 'a' }, value)).toBe(true);
  });
  test('auto: nested objects compare as pointers', () => {
    expect(goDeepEqual({ a: {} }, {}, 'auto')).toBe(false);
    expect(goDeepEqual({ a: '' }, {}, 'auto')).toBe(true);
  });
  test('durations compare decoded; absent differs from 0s; undecodable values compare as JSON', () => {
    expect(goDeepEqual('1h', '60m', 'duration')).toBe(true);
    expect(goDeepEqual('90s', '1m30s', 'duration')).toBe(true);
    expect(goDeepEqual('1h', '1h1ns', 'duration')).toBe(false);
    expect(goDeepEqual(undefined, '0s', 'duration')).toBe(false);
    expect(goDeepEqual(null, undefined, 'duration')).toBe(true);
    expect(goDeepEqual('soon', 'soon', 'duration')).toBe(true);
    expect(goDeepEqual('soon', '1h', 'duration')).toBe(false);
  });
  test('bytes compare decoded; times compare as instants', () => {
    expect(goDeepEqual('AAEC', 'AA\nEC', 'bytes')).toBe(true);
    expect(goDeepEqual('', undefined, 'bytes')).toBe(false);
    expect(goDeepEqual('2024-01-01T00:00:00Z', '2024-01-01T02:00:00+02:00', 'time')).toBe(true);
    expect(rfc3339Seconds('2024-01-01T00:00:00.5Z')).toBe(1704067200);
    expect(rfc3339Seconds('yesterday')).toBeUndefined();
  });
});
