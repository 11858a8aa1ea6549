// Property: validateLabels and validateAnnotations (a fast all-valid pass before the full check)
// give exactly the errors, in the same order, of the straightforward check below (every key in
// sorted order through the message-producing reference functions).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type FieldError, fe, withRule } from '../../src/field/field-error.js';
import { labelKeyProblems, labelValueProblems } from '../../src/go/apimachinery/labels.js';
import { utf8Length } from '../../src/go/unicode/utf8.js';
import type { JsonObject } from '../../src/util/json.js';
import { ANNOTATIONS_MAX_BYTES, validateAnnotations, validateLabels } from '../../src/validation/helpers/annotations.js';

const SEED = 16018;
const KEY_RULES = { key: 'K', value: 'V' };
const ANNOTATION_RULES = { key: 'K', tooLong: 'T' };

const text = (v: unknown): string => (typeof v === 'string' ? v : v === null ? '' : (JSON.stringify(v) ?? ''));

function referenceLabels(m: JsonObject): FieldError[] {
  const out: FieldError[] = [];
  for (const k of Object.keys(m).sort()) {
    for (const msg of labelKeyProblems(k)) out.push(withRule('K', fe.invalid('x', k, msg)));
    for (const msg of labelValueProblems(text(m[k]))) out.push(withRule('V', fe.invalid('x', text(m[k]), msg)));
  }
  return out;
}

function referenceAnnotations(m: JsonObject): FieldError[] {
  const out: FieldError[] = [];
  let total = 0;
  for (const k of Object.keys(m).sort()) {
    for (const msg of labelKeyProblems(k.toLowerCase())) out.push(withRule('K', fe.invalid('x', k, msg)));
    total += utf8Length(k) + utf8Length(text(m[k]));
  }
  if (total > ANNOTATIONS_MAX_BYTES) {
    out.push(
      withRule('T', fe.tooLong('x', `may not be more than ${ANNOTATIONS_MAX_BYTES} bytes in total (keys and values); found ${total}`)),
    );
  }
  return out;
}

const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('app', 'app.kubernetes.io/name', 'example.com/Owner', 'team', 'A.B/c', 'x_y') },
  { weight: 1, arbitrary: fc.constantFrom('Bad Key', 'a/b/c', '/x', 'x/', '\u212aey', 'é', '-a') },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('a', 'B', '0', '-', '.', '_', '/'), maxLength: 8 }) },
);
const value = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('web', '', 'true', 'a'.repeat(63), 'v1.2_3') },
  { weight: 2, arbitrary: fc.constantFrom('bad value', '-x', 'a'.repeat(64), 'é', null, 1, true, ['x'], { a: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('a', 'B', '0', '-', '.', '_', '/', ' '), maxLength: 8 }) },
  // Large values: the size limit, in 1-, 2- and 3-byte characters and surrogate pairs.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 43_000, max: 132_000 }), fc.constantFrom('a', 'é', '€', '😀'))
      .map(([n, c]) => c.repeat(Math.floor(n / c.length))),
  },
);
const map = fc.dictionary(key, value, { maxKeys: 6 });

describe('label and annotation maps', () => {
  test('H-LABELKEY, H-LABELVALUE: validateLabels equals the straightforward check', () => {
    fc.assert(
      fc.property(map, (m) => {
        expect(validateLabels(m, 'x', KEY_RULES)).toEqual(referenceLabels(m));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('H-ANNOTATIONS: validateAnnotations equals the straightforward check', () => {
    fc.assert(
      fc.property(map, (m) => {
        expect(validateAnnotations(m, 'x', ANNOTATION_RULES)).toEqual(referenceAnnotations(m));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('the generated maps include valid ones and ones over the size limit', () => {
    const samples = fc.sample(map, { seed: SEED, numRuns: 300 });
    expect(samples.filter((m) => Object.keys(m).length > 0 && referenceLabels(m).length === 0).length).toBeGreaterThan(5);
    expect(samples.filter((m) => Object.keys(m).length > 0 && referenceAnnotations(m).length === 0).length).toBeGreaterThan(5);
    expect(samples.some((m) => referenceAnnotations(m).some((e) => e.rule === 'T'))).toBe(true);
  });
});
