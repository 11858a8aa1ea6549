// copyJsonWithin (the copy that measures nesting as it goes) against the separate depth walk
// (exceedsDepth) and copyJson, on generated values around small limits.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { copyJson, copyJsonWithin, TOO_DEEP } from '../../src/patch/copy.js';
import { exceedsDepth } from '../../src/util/depth.js';

test('property: TOO_DEEP exactly when exceedsDepth says so, else the copyJson copy', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 1, max: 6 }), (value, limit) => {
      const got = copyJsonWithin(value, limit);
      if (exceedsDepth(value, limit)) expect(got).toBe(TOO_DEEP);
      else expect(got).toEqual(copyJson(value));
    }),
    { numRuns: 500, seed: 16 },
  );
});

test('a cycle is too deep, and the input is not changed', () => {
  const a: Record<string, unknown> = { b: [1] };
  (a.b as unknown[]).push(a);
  expect(copyJsonWithin(a, 50)).toBe(TOO_DEEP);
  expect(Object.keys(a)).toEqual(['b']);
});
