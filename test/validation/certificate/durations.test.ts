import { describe, expect, test } from 'vitest';
import { renewBeforeFromPercentage } from '../../../src/validation/certificate/durations.js';
import { errorsFor, pairs } from './run.js';

const HOUR = 3_600_000_000_000n;

describe('durations', () => {
  test('CERT-DURATION-MIN: the duration must be at least one hour', () => {
    expect(pairs(errorsFor({ duration: '1h' }))).toEqual([]);
    const errs = errorsFor({ duration: '30m' });
    expect(pairs(errs)).toEqual(['FieldValueInvalid spec.duration']);
    expect(errs[0]!.badValue).toBe('30m0s');
    // with renewBefore 10m, only the duration error
    expect(pairs(errorsFor({ duration: '30m', renewBefore: '10m' }))).toEqual(['FieldValueInvalid spec.duration']);
  });

  test('CERT-RENEWBEFORE-PERCENTAGE-EXCLUSIVE: two errors when both are set', () => {
    expect(pairs(errorsFor({ renewBefore: '1h', renewBeforePercentage: 20 }))).toEqual([
      'FieldValueInvalid spec.renewBefore',
      'FieldValueInvalid spec.renewBeforePercentage',
    ]);
    expect(pairs(errorsFor({ duration: '2h', renewBeforePercentage: 20 }))).toEqual([]);
  });

  test('CERT-RENEWBEFORE-MIN: renewBefore must be at least five minutes', () => {
    expect(pairs(errorsFor({ renewBefore: '5m' }))).toEqual([]);
    expect(pairs(errorsFor({ renewBefore: '4m59s' }))).toEqual(['FieldValueInvalid spec.renewBefore']);
  });

  test('CERT-RENEWBEFORE-LT-DURATION: renewBefore must be shorter than the (default) duration', () => {
    expect(pairs(errorsFor({ renewBefore: '2159h' }))).toEqual([]);
    const errs = errorsFor({ renewBefore: '2160h' });
    expect(pairs(errs)).toEqual(['FieldValueInvalid spec.renewBefore']);
    expect(errs[0]!.detail).toContain('2160h0m0s');
    // D < 5m: duration min, renewBefore min and renewBefore >= duration all fire
    expect(pairs(errorsFor({ duration: '2m', renewBefore: '3m' }))).toEqual([
      'FieldValueInvalid spec.duration',
      'FieldValueInvalid spec.renewBefore',
      'FieldValueInvalid spec.renewBefore',
    ]);
  });

  test('CERT-RENEWBEFOREPERCENTAGE-MIN: the percentage must leave at least five minutes', () => {
    expect(pairs(errorsFor({ duration: '2160h', renewBeforePercentage: 99 }))).toEqual([]);
    expect(pairs(errorsFor({ duration: '2160h', renewBeforePercentage: 100 }))).toEqual(['FieldValueInvalid spec.renewBeforePercentage']);
    expect(pairs(errorsFor({ duration: '2160h', renewBeforePercentage: 150 }))).toEqual(['FieldValueInvalid spec.renewBeforePercentage']);
  });

  test('CERT-RENEWBEFOREPERCENTAGE-LT-DURATION: the percentage must give less than the duration', () => {
    expect(pairs(errorsFor({ duration: '2160h', renewBeforePercentage: 1 }))).toEqual([]);
    expect(pairs(errorsFor({ duration: '2160h', renewBeforePercentage: 0 }))).toEqual(['FieldValueInvalid spec.renewBeforePercentage']);
    expect(pairs(errorsFor({ duration: '2160h', renewBeforePercentage: -5 }))).toEqual(['FieldValueInvalid spec.renewBeforePercentage']);
    // extreme negative percentage: int32 wrap-around makes the factor negative → below the minimum
    expect(pairs(errorsFor({ duration: '2160h', renewBeforePercentage: -2147483648 }))).toEqual([
      'FieldValueInvalid spec.renewBeforePercentage',
    ]);
  });

  test('durations guard: renewBeforePercentage alone is not validated', () => {
    expect(pairs(errorsFor({ renewBeforePercentage: 150 }))).toEqual([]);
    expect(pairs(errorsFor({ renewBeforePercentage: 0 }))).toEqual([]);
  });

  test('durations: values the webhook cannot decode are reported instead of running the rules', () => {
    expect(pairs(errorsFor({ duration: '90 days' }))).toEqual(['FieldValueInvalid spec.duration']);
    expect(pairs(errorsFor({ renewBefore: 5 }))).toEqual(['FieldValueInvalid spec.renewBefore']);
    expect(pairs(errorsFor({ duration: '2h', renewBeforePercentage: 1.5 }))).toEqual(['FieldValueInvalid spec.renewBeforePercentage']);
  });

  test('renewBeforeFromPercentage: float64 arithmetic without int64 overflow for long durations', () => {
    expect(renewBeforeFromPercentage(2160n * HOUR, 10)).toBe(1944n * HOUR);
    expect(renewBeforeFromPercentage(87600n * HOUR, 1)).toBe(86724n * HOUR);
    expect(renewBeforeFromPercentage(2160n * HOUR, -2147483648)).toBeLessThan(0n);
  });
});
