import { describe, expect, test } from 'vitest';
import { ANNOTATIONS_MAX_BYTES, validateAnnotations, validateLabels } from '../../../src/validation/helpers/annotations.js';

/** Rule IDs the tests pass in; the helper tags its errors with the caller's IDs. */
const A = { key: 'TEST-ANNOTATION-KEY', tooLong: 'TEST-ANNOTATIONS-TOOLONG' };
const L = { key: 'TEST-LABEL-KEY', value: 'TEST-LABEL-VALUE' };

describe('H-ANNOTATIONS', () => {
  test('H-ANNOTATIONS: valid keys and values give no errors', () => {
    expect(validateAnnotations({ 'example.com/a': 'anything at all / \n', b: '' }, 'x.annotations', A)).toEqual([]);
  });

  test('H-ANNOTATIONS: keys are checked lower-cased and reported as written', () => {
    expect(validateAnnotations({ 'Example.COM/Foo': 'v' }, 'p', A)).toEqual([]);
    const errs = validateAnnotations({ 'Bad Key': 'v' }, 'p', A);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ type: 'FieldValueInvalid', field: 'p', badValue: 'Bad Key', rule: 'TEST-ANNOTATION-KEY' });
  });

  test('H-ANNOTATIONS: total size limit counts keys and values in bytes', () => {
    const atLimit = { k: 'v'.repeat(ANNOTATIONS_MAX_BYTES - 1) };
    expect(validateAnnotations(atLimit, 'p', A)).toEqual([]);
    const over = { k: 'v'.repeat(ANNOTATIONS_MAX_BYTES) };
    const errs = validateAnnotations(over, 'p', A);
    expect(errs).toEqual([expect.objectContaining({ type: 'FieldValueTooLong', field: 'p', rule: 'TEST-ANNOTATIONS-TOOLONG' })]);
  });

  test('H-ANNOTATIONS: keys are visited in sorted order', () => {
    const errs = validateAnnotations({ 'z z': '', 'a a': '' }, 'p', A);
    expect(errs.map((e) => e.badValue)).toEqual(['a a', 'z z']);
  });
});

describe('labels map', () => {
  test('H-LABELKEY/H-LABELVALUE: key errors before value errors per entry, keys sorted', () => {
    const errs = validateLabels({ 'b b': 'ok', a: '-bad-' }, 'l', L);
    expect(errs.map((e) => [e.badValue, e.rule])).toEqual([
      ['-bad-', 'TEST-LABEL-VALUE'],
      ['b b', 'TEST-LABEL-KEY'],
    ]);
    expect(errs.every((e) => e.field === 'l' && e.type === 'FieldValueInvalid')).toBe(true);
  });

  test('H-LABELVALUE: a valid map gives nothing', () => {
    expect(validateLabels({ app: 'web', 'example.com/tier': '' }, 'l', L)).toEqual([]);
  });
});
