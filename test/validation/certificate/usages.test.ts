import { describe, expect, test } from 'vitest';
import { KEY_USAGE_NAMES } from '../../../src/validation/certificate/usages.js';
import { errorsFor, pairs } from './run.js';

describe('usages and revisionHistoryLimit', () => {
  test('CERT-USAGE-UNKNOWN: every known usage passes, others are reported per index', () => {
    expect(KEY_USAGE_NAMES).toHaveLength(23);
    expect(pairs(errorsFor({ usages: [...KEY_USAGE_NAMES] }))).toEqual([]);
    const errs = errorsFor({ usages: ['server auth', 'Server Auth', 'foo'] });
    expect(pairs(errs)).toEqual(['FieldValueInvalid spec.usages[1]', 'FieldValueInvalid spec.usages[2]']);
    expect(errs[1]!.badValue).toBe('foo');
  });

  test('CERT-REVISIONHISTORYLIMIT-MIN: at least 1 when set', () => {
    expect(pairs(errorsFor({ revisionHistoryLimit: 1 }))).toEqual([]);
    expect(pairs(errorsFor({ revisionHistoryLimit: 0 }))).toEqual(['FieldValueInvalid spec.revisionHistoryLimit']);
    expect(pairs(errorsFor({ revisionHistoryLimit: -3 }))).toEqual(['FieldValueInvalid spec.revisionHistoryLimit']);
    expect(pairs(errorsFor({ revisionHistoryLimit: null }))).toEqual([]);
  });
});
