import { describe, expect, test } from 'vitest';
import { ANNOTATIONS_MAX_BYTES, validateAnnotations, validateLabels } from '../../../src/validation/helpers/annotations.js';

describe('H-ANNOTATIONS', () => {
  test('H-ANNOTATIONS: valid keys and values give no errors', () => {
    expect(validateAnnotations({ 'example.com/a': 'anything at all / \n', b: '' }, 'x.annotations')).toEqual([]);
  });

  test('H-ANNOTATIONS: keys are checked lower-cased and reported as written', () => {
    expect(validateAnnotations({ 'Example.COM/Foo': 'v' }, 'p')).toEqual([]);
    const errs = validateAnnotations({ 'Bad Key': 'v' }, 'p');
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ type: 'FieldValueInvalid', field: 'p', badValue: 'Bad Key' });
  });

  test('H-ANNOTATIONS: total size limit counts keys and values in bytes', () => {
    const atLimit = { k: 'v'.repeat(ANNOTATIONS_MAX_BYTES - 1) };
    expect(validateAnnotations(atLimit, 'p')).toEqual([]);
    const over = { k: 'v'.repeat(ANNOTATIONS_MAX_BYTES) };
    const errs = validateAnnotations(over, 'p');
    expect(errs).toEqual([expect.objectContaining({ type: 'FieldValueTooLong', field: 'p' })]);
  });

  test('H-ANNOTATIONS: keys are visited in sorted order', () => {
    const errs = validateAnnotations({ 'z z': '', 'a a': '' }, 'p');
    expect(errs.map((e) => e.badValue)).toEqual(['a a', 'z z']);
  });
});

describe('labels map', () => {
  test('H-LABELKEY/H-LABELVALUE: key errors before value errors per entry, keys sorted', () => {
    const errs = validateLabels({ 'b b': 'ok', a: '-bad-' }, 'l');
    expect(errs.map((e) => e.badValue)).toEqual(['-bad-', 'b b']);
    expect(errs.every((e) => e.field === 'l' && e.type === 'FieldValueInvalid')).toBe(true);
  });

  test('H-LABELVALUE: a valid map gives nothing', () => {
    expect(validateLabels({ app: 'web', 'example.com/tier': '' }, 'l')).toEqual([]);
  });
});
