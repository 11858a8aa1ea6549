// Fuzz: every public entry point (identify, validate, applyDefaults, convert, handleValidation,
// handleMutation, handleConversion, renderFieldError) on generated hostile input. Fixed seed and
// small sizes here; `npm run fuzz` runs longer, with nesting past LIMIT-DEPTH and huge arrays.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderFieldError } from '../../src/index.js';
import {
  deeplyNested,
  FIXTURES,
  hostileKeyed,
  hostileValued,
  hugeArray,
  json,
  kindShaped,
  mutatedFixture,
  throwing,
} from './arbitraries.js';
import { checkAdapters, checkEveryEntryPoint } from './check.js';
import { LONG, params, RUNS } from './config.js';

const target = fc.nat();
/** The large generators produce big inputs: fewer runs keep the time in check. */
const large = params(LONG ? Math.max(1, Math.floor(RUNS / 10)) : Math.max(1, Math.floor(RUNS / 4)));

describe('never throw, never mutate, well-formed answers, no InternalError on plain JSON', () => {
  test('the fixtures are there', () => {
    expect(FIXTURES.length).toBeGreaterThan(100);
  });
  test('arbitrary JSON', async () => {
    await fc.assert(
      fc.asyncProperty(json, target, (v, t) => checkEveryEntryPoint(v, undefined, true, t)),
      params(),
    );
  });
  test('objects shaped like every kind and version', async () => {
    await fc.assert(
      fc.asyncProperty(kindShaped, kindShaped, target, (v, old, t) => checkEveryEntryPoint(v, old, true, t)),
      params(),
    );
  });
  test('valid fixtures with one node replaced or removed', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFixture, target, (m, t) => checkEveryEntryPoint(m.object, m.original, true, t)),
      params(),
    );
  });
  test('keys named __proto__, constructor, toString, hasOwnProperty …', async () => {
    await fc.assert(
      fc.asyncProperty(hostileKeyed, target, async (m, t) => {
        await checkEveryEntryPoint(m.object, m.original, true, t);
        // On UPDATE the old object carries the key as well.
        await checkEveryEntryPoint(m.object, m.object, true, t);
        expect(({} as Record<string, unknown>).a).toBeUndefined();
      }),
      params(),
    );
  });
  test('deep nesting', async () => {
    await fc.assert(
      fc.asyncProperty(deeplyNested, target, (m, t) => checkEveryEntryPoint(m.object, m.original, true, t)),
      large,
    );
  });
  test('huge arrays', async () => {
    await fc.assert(
      fc.asyncProperty(hugeArray, target, (m, t) => checkEveryEntryPoint(m.object, m.original, true, t)),
      large,
    );
  });
});

describe('never throw on values whose reads throw', () => {
  test('as the object, anywhere in a fixture', async () => {
    await fc.assert(
      fc.asyncProperty(hostileValued, target, (v, t) => checkEveryEntryPoint(v, undefined, false, t)),
      params(),
    );
  });
  test('as the review itself, or its request', async () => {
    await fc.assert(
      fc.asyncProperty(throwing, fc.boolean(), async (make, inRequest) => {
        await checkAdapters(inRequest ? { apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', request: make() } : make());
      }),
      params(),
    );
  });
  test('arbitrary reviews', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), (v) => checkAdapters(v)),
      params(),
    );
  });
});

test('renderFieldError prints any error-shaped value', () => {
  const anyError = fc.record({
    type: fc.oneof(fc.string(), fc.constant('FieldValueInvalid')),
    field: fc.anything(),
    badValue: fc.anything(),
    detail: fc.anything(),
  });
  fc.assert(
    fc.property(fc.oneof(anyError, fc.anything()), throwing, fc.boolean(), (e, make, hostile) => {
      expect(typeof renderFieldError((hostile ? make() : e) as never)).toBe('string');
    }),
    params(RUNS * 5),
  );
});
