import fc from 'fast-check';
import fjp from 'fast-json-patch';
import { describe, expect, test } from 'vitest';
import { diff } from '../../src/patch/diff.js';

const apply = (doc: unknown, patch: unknown[]) =>
  fjp.applyPatch(structuredClone(doc), structuredClone(patch) as fjp.Operation[], true, false).newDocument;

/** JSON values whose object keys include pointer-special characters. */
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'a/b', '~', '~1', '', 'cert-manager.io/x'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('diff(a, b) as RFC 6902', () => {
  test('examples: add, remove, replace, nested, escaping', () => {
    expect(diff({ a: 1 }, { a: 1 })).toEqual([]);
    expect(diff({ a: 1, b: 2 }, { a: 3, c: 4 })).toEqual([
      { op: 'remove', path: '/b' },
      { op: 'replace', path: '/a', value: 3 },
      { op: 'add', path: '/c', value: 4 },
    ]);
    expect(diff({ m: {} }, { m: { 'a/b~': 'x' } })).toEqual([{ op: 'add', path: '/m/a~1b~0', value: 'x' }]);
    expect(diff([1, 2, 3], [1])).toEqual([
      { op: 'remove', path: '/2' },
      { op: 'remove', path: '/1' },
    ]);
    expect(diff({ a: [1] }, { a: 'x' })).toEqual([{ op: 'replace', path: '/a', value: 'x' }]);
    expect(diff(1, 2)).toEqual([{ op: 'replace', path: '', value: 2 }]);
  });

  test('key order does not matter; undefined counts as absent', () => {
    expect(diff({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual([]);
    expect(diff({ a: undefined }, {})).toEqual([]);
  });

  test('property: applying diff(a, b) to a gives b, and the arguments are untouched', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const [ca, cb] = [structuredClone(a), structuredClone(b)];
        const patch = diff(a, b);
        expect(apply(a, patch)).toEqual(b);
        expect([a, b]).toEqual([ca, cb]);
      }),
      { numRuns: 500 },
    );
  });

  test('property: diff(a, a) is empty', () => {
    fc.assert(
      fc.property(json, (a) => {
        expect(diff(a, structuredClone(a))).toEqual([]);
      }),
    );
  });
});
