// Property: validate and identify accept any value without throwing, never mutate their input, and
// never fall back to an InternalError (the pipeline's catch-all for bugs).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { identify, validate, VERSIONS } from '../../src/index.js';
import { KINDS } from '../../src/scheme/kinds.js';

const json = fc.jsonValue({ maxDepth: 6 });

/** Objects that identify as a cert-manager kind, with arbitrary content below. */
const kindShaped = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    version: fc.constantFrom(...VERSIONS),
    list: fc.boolean(),
    spec: json,
    status: json,
    metadata: json,
  })
  .map(({ kind, version, list, spec, status, metadata }) => {
    const one = { apiVersion: `${kind.group}/${version}`, kind: kind.kind, metadata, spec, status };
    return list ? { apiVersion: one.apiVersion, kind: `${kind.kind}List`, items: [one, spec] } : one;
  });

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

function check(value: unknown, operation: 'CREATE' | 'UPDATE', schema: boolean) {
  const before = JSON.stringify(value);
  const frozen = deepFreeze(structuredClone(value));
  const r = validate(frozen, { operation, oldObject: frozen, schema });
  expect(Array.isArray(r.errors)).toBe(true);
  expect(r.errors.filter((e) => e.type === 'InternalError')).toEqual([]);
  expect(JSON.stringify(frozen)).toBe(before);
  const id = identify(frozen);
  expect(typeof id.ok).toBe('boolean');
}

describe('validate and identify never throw', () => {
  test('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(json, fc.constantFrom('CREATE', 'UPDATE'), fc.boolean(), (v, op, schema) => check(v, op as 'CREATE', schema)),
      {
        numRuns: 500,
      },
    );
  });
  test('on objects shaped like every kind and version, with arbitrary content', () => {
    fc.assert(
      fc.property(kindShaped, fc.constantFrom('CREATE', 'UPDATE'), fc.boolean(), (v, op, schema) => check(v, op as 'CREATE', schema)),
      {
        numRuns: 1000,
      },
    );
  });
});
