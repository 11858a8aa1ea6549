import { describe, expect, test } from 'vitest';
import { certificateRequest, requestOf } from './csr-builder.js';
import { crErrors, pairs } from './run.js';

const request = requestOf();
const withConditions = (conditions: unknown[]) => certificateRequest({ request }, { status: { conditions } });
const cond = (type: string, status = 'True', extra: Record<string, unknown> = {}) => ({
  type,
  status,
  reason: 'r',
  message: 'm',
  ...extra,
});

describe('base condition rules (CREATE and UPDATE)', () => {
  test('CR-CONDITION-MULTIPLE: two Approved or two Denied conditions are Forbidden; one is fine', () => {
    expect(pairs(crErrors(withConditions([cond('Approved'), cond('Approved')])))).toEqual(['FieldValueForbidden status.conditions']);
    expect(pairs(crErrors(withConditions([cond('Denied'), cond('Denied', 'False')])))).toEqual(['FieldValueForbidden status.conditions']);
    expect(crErrors(withConditions([cond('Approved'), cond('Ready', 'False'), cond('Ready', 'False')]))).toEqual([]);
  });

  test('CR-CONDITION-NOT-TRUE: a single Approved/Denied condition must have status True (case-sensitive)', () => {
    const errs = crErrors(withConditions([cond('Approved', 'true')]));
    expect(pairs(errs)).toEqual(['FieldValueInvalid status.conditions.Approved']);
    expect(errs[0]?.badValue).toBe('true');
    expect(pairs(crErrors(withConditions([cond('Denied', 'False')])))).toEqual(['FieldValueInvalid status.conditions.Denied']);
    expect(crErrors(withConditions([cond('Denied')]))).toEqual([]);
  });

  test('CR-CONDITION-COEXIST: Approved and Denied together are Forbidden, after the per-type rules', () => {
    expect(pairs(crErrors(withConditions([cond('Denied'), cond('Approved', 'False')])))).toEqual([
      'FieldValueInvalid status.conditions.Approved',
      'FieldValueForbidden status.conditions',
    ]);
  });

  test('condition entries of the wrong type are ignored rather than crashing', () => {
    expect(crErrors(withConditions([null, 3, 'Approved', { type: 7 }]))).toEqual([]);
  });
});

describe('update rules', () => {
  const old = withConditions([cond('Approved', 'True', { lastTransitionTime: '2024-01-01T00:00:00Z' })]);

  test('CR-CONDITION-APPROVED-IMMUTABLE: changing or removing a set Approved condition is Forbidden', () => {
    const changed = withConditions([cond('Approved', 'True', { lastTransitionTime: '2024-01-01T00:00:01Z' })]);
    expect(pairs(crErrors(changed, old))).toEqual(['FieldValueForbidden status.conditions']);
    expect(pairs(crErrors(withConditions([]), old))).toEqual(['FieldValueForbidden status.conditions']);
    const sameInstant = withConditions([cond('Approved', 'True', { lastTransitionTime: '2024-01-01T01:00:00+01:00' })]);
    expect(crErrors(sameInstant, old)).toEqual([]);
  });

  test('CR-CONDITION-DENIED-IMMUTABLE: Denied=True to Denied=False is Forbidden and then not True', () => {
    const before = withConditions([cond('Denied')]);
    expect(pairs(crErrors(withConditions([cond('Denied', 'False')]), before))).toEqual([
      'FieldValueForbidden status.conditions',
      'FieldValueInvalid status.conditions.Denied',
    ]);
  });

  test('adding an Approved condition where none existed is allowed', () => {
    expect(crErrors(withConditions([cond('Approved')]), withConditions([]))).toEqual([]);
  });
});
