import { describe, expect, test } from 'vitest';
import type { ErrorType, FieldError } from '../../src/field/field-error.js';
import { renderFieldError } from '../../src/field/render.js';

/** One error of each type, with a bad value set, so the table decides whether it is shown. */
const withValue = (type: ErrorType): FieldError => ({ type, field: 'spec.x', badValue: 'v', detail: 'd' });

describe('rendering a field error (admission.md §2.3)', () => {
  test.each([
    ['FieldValueRequired', 'spec.x: Required value: d'],
    ['FieldValueForbidden', 'spec.x: Forbidden: d'],
    ['FieldValueTooLong', 'spec.x: Too long: d'],
    ['FieldValueTooShort', 'spec.x: Too short: d'],
    ['InternalError', 'spec.x: Internal error: d'],
    ['FieldValueInvalid', 'spec.x: Invalid value: "v": d'],
    ['FieldValueTypeInvalid', 'spec.x: Invalid value: "v": d'],
    ['FieldValueNotSupported', 'spec.x: Unsupported value: "v": d'],
    ['FieldValueNotFound', 'spec.x: Not found: "v": d'],
    ['FieldValueDuplicate', 'spec.x: Duplicate value: "v": d'],
    ['FieldValueTooMany', 'spec.x: Too many: "v": d'],
    ['FieldValueTooFew', 'spec.x: Too few: "v": d'],
  ] as const)('§2.3 type labels: %s renders as %j', (type, text) => {
    expect(renderFieldError(withValue(type))).toBe(text);
  });

  test('§2.3: an empty detail adds nothing after the label or value', () => {
    expect(renderFieldError({ type: 'FieldValueRequired', field: 'spec.a', detail: '' })).toBe('spec.a: Required value');
    expect(renderFieldError({ type: 'FieldValueInvalid', field: 'spec.a', badValue: 3, detail: '' })).toBe('spec.a: Invalid value: 3');
  });

  test('§2.3: the "omit the value" marker (no badValue) prints only the label', () => {
    expect(renderFieldError({ type: 'FieldValueInvalid', field: 'spec.a', detail: 'bad' })).toBe('spec.a: Invalid value: bad');
  });

  test('§2.3: integers, floats and bools print plainly; null, lists and maps as JSON', () => {
    const r = (badValue: unknown) => renderFieldError({ type: 'FieldValueInvalid', field: 'f', badValue, detail: '' });
    expect([r(-7), r(1.5), r(false), r(null), r(['a', 1]), r({ k: 'v' })]).toEqual([
      'f: Invalid value: -7',
      'f: Invalid value: 1.5',
      'f: Invalid value: false',
      'f: Invalid value: null',
      'f: Invalid value: ["a",1]',
      'f: Invalid value: {"k":"v"}',
    ]);
  });

  test('§2.3: strings are double-quoted with Go escaping (strconv.Quote)', () => {
    const r = (badValue: string) =>
      renderFieldError({ type: 'FieldValueInvalid', field: 'f', badValue, detail: '' }).slice('f: Invalid value: '.length);
    expect(r('abc')).toBe('"abc"');
    expect(r('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(r('\u0007\b\f\n\r\t\v')).toBe('"\\a\\b\\f\\n\\r\\t\\v"');
    expect(r('\u0001\u001f\u007f')).toBe('"\\x01\\x1f\\x7f"');
    // Printable non-ASCII stays as is; other spaces and format characters are escaped.
    expect(r('zoë 日本 🐱 <&>')).toBe('"zoë 日本 🐱 <&>"');
    expect(r('a\u00a0b\u200bc\u2028')).toBe('"a\\u00a0b\\u200bc\\u2028"');
    expect(r('\u{e0001}')).toBe('"\\U000e0001"');
    expect(r('a\ud800b')).toBe('"a\ufffdb"');
  });
});
