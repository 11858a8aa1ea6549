/** The Kubernetes string formats the precompiled validators use. */
import { describe, expect, test } from 'vitest';
import { formats, isBase64, isDate, isDateTime, ucs2length } from '../../src/schema/ajv-runtime.js';

const check = <T>(name: string) => formats[name]?.validate as unknown as (value: T) => boolean;

describe('formats', () => {
  test('SCHEMA-FORMAT date-time: RFC 3339 with a zone, real calendar dates', () => {
    for (const ok of ['2024-02-29T12:00:00Z', '2023-01-31T23:59:60.123+05:30', '2024-01-01t00:00:00z'])
      expect(isDateTime(ok), ok).toBe(true);
    for (const bad of ['2023-02-29T00:00:00Z', '2024-01-01T24:00:00Z', '2024-01-01T00:00:00', '2024-01-01', 'now', '2024-1-01T00:00:00Z']) {
      expect(isDateTime(bad), bad).toBe(false);
    }
  });

  test('SCHEMA-FORMAT date', () => {
    expect(isDate('2000-02-29')).toBe(true);
    expect(isDate('1900-02-29')).toBe(false);
    expect(isDate('2024-04-31')).toBe(false);
  });

  test('SCHEMA-FORMAT byte: padded standard base64, line breaks ignored', () => {
    for (const ok of ['', 'eA==', 'eHk=', 'eHl6', 'eHl6\neHl6', 'a+/b']) expect(isBase64(ok), ok).toBe(true);
    for (const bad of ['eA', 'e===', 'eA=', 'a-_b', 'eHl6 ']) expect(isBase64(bad), bad).toBe(false);
  });

  test('SCHEMA-FORMAT duration: Go durations, not ISO 8601', () => {
    const validate = check<string>('duration');
    expect(validate('2160h0m0s')).toBe(true);
    expect(validate('1.5h')).toBe(true);
    expect(validate('P90D')).toBe(false);
  });

  test('SCHEMA-FORMAT int32, int64: integer ranges', () => {
    const int32 = check<number>('int32');
    expect(int32(2 ** 31 - 1)).toBe(true);
    expect(int32(2 ** 31)).toBe(false);
    expect(int32(-(2 ** 31))).toBe(true);
    expect(check<number>('int64')(2 ** 53)).toBe(true);
    expect(check<number>('int64')(1.5)).toBe(false);
  });

  test('ucs2length counts code points', () => {
    expect(ucs2length('a😀')).toBe(2);
  });
});
