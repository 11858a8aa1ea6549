// applyDefaults records its changes as the defaulters make them (src/defaults/site.ts) instead of
// running them on an immer draft: on generated objects of every kind and version, clean and with
// wrong types, single and in lists, for several releases and default sets, it gives exactly what
// the immer-based reference gives: the object (key order included), the patch (op order
// included) and the errors.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MODELS } from '../../model/index.js';
import { applyDefaults } from '../../src/defaults/apply.js';
import type { DefaultSet, DefaultsOptions } from '../../src/defaults/types.js';
import { objectArbitrary } from '../defaults/arbitrary.js';
import { referenceApplyDefaults } from './reference/defaults-immer.js';

const SEED = 16_5;
const RUNS = 60;

const options: fc.Arbitrary<DefaultsOptions> = fc.record(
  {
    defaults: fc.subarray<DefaultSet>(['scheme', 'runtime', 'schema']),
    certManagerVersion: fc.constantFrom('master', 'v1.12', 'v1.15', 'v1.16', 'v1.17', 'v1.18', 'v1.21', 'v9'),
  },
  { requiredKeys: [] },
);

/** The same outcome, byte for byte: JSON text compares key and operation order too. */
function expectSame(input: unknown, opts: DefaultsOptions): void {
  const want = referenceApplyDefaults(input, opts);
  const got = applyDefaults(input, opts);
  expect(JSON.stringify(got)).toBe(JSON.stringify(want));
  expect(got).toEqual(want);
}

describe.each(MODELS.map((m) => [`${m.kind} ${m.version}`, m] as const))('%s', (_name, m) => {
  const apiVersion = `${m.group}/${m.version}`;
  const clean = objectArbitrary(m.schema, apiVersion, m.kind, { chaos: false });
  const chaos = objectArbitrary(m.schema, apiVersion, m.kind, { chaos: true });

  test('property: the recorded patch equals the immer reference (clean and wrong-typed objects)', () => {
    fc.assert(
      fc.property(fc.oneof(clean, chaos), options, (input, opts) => expectSame(input, opts)),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test('property: lists (<Kind>List with bare items, core v1 List) equal the immer reference', () => {
    const items = fc.array(
      fc.oneof(
        clean,
        chaos,
        clean.map(({ apiVersion: _a, kind: _k, ...rest }) => rest),
      ),
      { maxLength: 3 },
    );
    const list = fc.oneof(
      items.map((xs) => ({ apiVersion, kind: `${m.kind}List`, items: xs })),
      items.map((xs) => ({ apiVersion: 'v1', kind: 'List', items: [...xs, { apiVersion, kind: `${m.kind}List`, items: xs }] })),
    );
    fc.assert(
      fc.property(list, options, (input, opts) => expectSame(input, opts)),
      { numRuns: RUNS / 3, seed: SEED },
    );
  });
});

test('property: any JSON at all gives what the reference gives', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), (input) => expectSame(input, {})),
    { numRuns: 200, seed: SEED },
  );
});

test('property: around the nesting limit, the copy that measures depth answers as the separate depth walk did', () => {
  const nest = (levels: number): unknown => {
    let v: unknown = 'leaf';
    for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { v };
    return v;
  };
  fc.assert(
    fc.property(fc.integer({ min: 990, max: 1010 }), fc.constantFrom('spec', 'metadata', 'items'), (levels, key) => {
      const cert = { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', [key]: nest(levels - 1) };
      expectSame(cert, {});
      expectSame({ apiVersion: 'v1', kind: 'List', items: [cert] }, {});
    }),
    { numRuns: 40, seed: SEED },
  );
  const cyclic: Record<string, unknown> = { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', spec: {} };
  (cyclic.spec as Record<string, unknown>).loop = cyclic;
  const want = referenceApplyDefaults(cyclic);
  const got = applyDefaults(cyclic);
  expect(got.object).toBe(cyclic);
  expect(got.errors).toEqual(want.errors);
  expect(got.errors).toHaveLength(1);
});
