import fc from 'fast-check';
import { expect, test } from 'vitest';
import { copyJson } from '../../src/patch/copy.js';

test('copyJson: equal as JSON, shares nothing, unfrozen, drops undefined keys', () => {
  const frozen = Object.freeze({ a: Object.freeze([1, Object.freeze({ b: 'x' })]), u: undefined });
  const c = copyJson(frozen) as unknown as { a: [number, { b: string }] };
  expect(c).toEqual({ a: [1, { b: 'x' }] });
  expect(Object.keys(c)).toEqual(['a']);
  expect(Object.isFrozen(c) || Object.isFrozen(c.a) || Object.isFrozen(c.a[1])).toBe(false);
  expect(c.a).not.toBe(frozen.a);
});

test('copyJson: a parsed "__proto__" key stays an own property and does not change the prototype', () => {
  const parsed = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as Record<string, unknown>;
  const c = copyJson(parsed);
  expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
  expect(Object.hasOwn(c, '__proto__')).toBe(true);
  expect(JSON.stringify(c)).toBe(JSON.stringify(parsed));
});

test('property: copyJson equals the JSON round trip', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (v) => {
      expect(JSON.stringify(copyJson(v))).toBe(JSON.stringify(v));
    }),
  );
});
