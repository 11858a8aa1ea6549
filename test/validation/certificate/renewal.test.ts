import { describe, expect, test } from 'vitest';
import { errorsFor, pairs } from './run.js';

const renewal = (r: unknown) => errorsFor({ renewal: r });
const window = (w: unknown) => pairs(renewal({ policy: 'RenewBefore', windows: [w] }));

describe('renewal', () => {
  test('CERT-RENEWAL-POLICY-UNSUPPORTED: RenewBefore or Disabled (also when empty)', () => {
    expect(pairs(renewal({ policy: 'RenewBefore' }))).toEqual([]);
    expect(pairs(renewal({ policy: 'Disabled' }))).toEqual([]);
    const errs = renewal({});
    expect(pairs(errs)).toEqual(['FieldValueNotSupported spec.renewal.policy']);
    expect(errs[0]!.detail).toBe('supported values: "Disabled", "RenewBefore"');
    // windows are still checked after an unsupported policy
    expect(pairs(renewal({ policy: 'Sometimes', windows: [{ cron: '', windowDuration: '1h' }] }))).toEqual([
      'FieldValueNotSupported spec.renewal.policy',
      'FieldValueInvalid spec.renewal.windows[0].cron',
    ]);
  });

  test('CERT-RENEWAL-WINDOWS-FORBIDDEN: no windows with policy Disabled; they are then not checked', () => {
    expect(pairs(renewal({ policy: 'Disabled', windows: [{ cron: 'bad' }] }))).toEqual(['FieldValueForbidden spec.renewal.windows']);
    expect(pairs(renewal({ policy: 'Disabled', windows: [] }))).toEqual([]);
  });

  test('CERT-RENEWAL-WINDOW-DURATION-REQUIRED: windowDuration must be present (zero passes)', () => {
    expect(window({ cron: '0 0 * * *', windowDuration: '0s' })).toEqual([]);
    expect(window({ cron: '0 0 * * *' })).toEqual(['FieldValueRequired spec.renewal.windows[0].windowDuration']);
  });

  test('CERT-RENEWAL-WINDOW-TIMEZONE-INVALID: an unknown zone also makes the cron invalid', () => {
    expect(window({ cron: '0 0 * * *', windowDuration: '1h', timezone: 'US/Eastern' })).toEqual([]);
    expect(window({ cron: '0 0 * * *', windowDuration: '1h', timezone: 'Mars/Base' })).toEqual([
      'FieldValueInvalid spec.renewal.windows[0].timezone',
      'FieldValueInvalid spec.renewal.windows[0].cron',
    ]);
  });

  test('CERT-RENEWAL-WINDOW-CRON-INVALID: five-field cron or a descriptor', () => {
    expect(window({ cron: '@weekly', windowDuration: '1h' })).toEqual([]);
    expect(window({ windowDuration: '1h' })).toEqual(['FieldValueInvalid spec.renewal.windows[0].cron']);
    const errs = renewal({ policy: 'RenewBefore', windows: [{ cron: 'CRON_TZ=UTC', windowDuration: '1h' }] });
    expect(errs[0]!.detail).toContain(
      "invalid cron syntax: failed to parse cron spec 'CRON_TZ=UTC': expected timezone prefix to be followed by a cron spec: CRON_TZ=UTC",
    );
  });

  test('renewal: per window the order is duration, timezone, cron', () => {
    expect(window({ timezone: 'Nowhere', cron: '* *' })).toEqual([
      'FieldValueRequired spec.renewal.windows[0].windowDuration',
      'FieldValueInvalid spec.renewal.windows[0].timezone',
      'FieldValueInvalid spec.renewal.windows[0].cron',
    ]);
  });
});
