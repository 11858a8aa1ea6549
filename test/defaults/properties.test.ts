// Property tests over generated objects of every kind and version (arbitraries from the schema
// model): the patch turns the input into the returned object, defaulting twice changes nothing,
// deeply frozen input is accepted and left untouched, and old versions get only the issuerRef and rotation-policy defaults.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MODELS } from '../../model/index.js';
import { applyDefaults } from '../../src/defaults/apply.js';
import { field, str } from '../../src/util/json.js';
import { objectArbitrary } from './arbitrary.js';
import { clone, deepFreeze, patched } from './helpers.js';

const RUNS = 100;

/** The invariants every result must satisfy; returns whether a non-empty patch was made. */
function checkInvariants(input: unknown, version: string): boolean {
  const before = clone(input);
  const frozen = deepFreeze(clone(input));
  const r = applyDefaults(frozen);
  expect(frozen).toEqual(before);
  expect(patched(before, r.patch)).toEqual(r.object);
  if (typeof r.object === 'object' && r.object !== null) expect(Object.isFrozen(r.object)).toBe(false);
  if (r.errors.length > 0) {
    expect(JSON.parse(JSON.stringify(r.errors))).toEqual(r.errors);
    expect(r.patch).toEqual([]);
    expect(r.object).toEqual(before);
    return false;
  }
  expect(applyDefaults(r.object).patch).toEqual([]);
  // Old versions get only master's scheme and runtime defaults (issuerRef, rotation policy).
  if (version !== 'v1') for (const op of r.patch) expect(op.path).toMatch(/\/spec($|\/(issuerRef|privateKey)(\/|$))/);
  return r.patch.length > 0;
}

describe.each(MODELS.map((m) => [`${m.kind} ${m.version}`, m] as const))('%s', (_name, m) => {
  const apiVersion = `${m.group}/${m.version}`;
  const clean = objectArbitrary(m.schema, apiVersion, m.kind, { chaos: false });

  test('properties: patch applies to the input, idempotent, frozen input untouched', () => {
    let changed = 0;
    fc.assert(
      fc.property(clean, (input) => {
        if (checkInvariants(input, m.version)) changed++;
      }),
      { numRuns: RUNS },
    );
    // The generators reach the defaults: v1 kinds with defaults get patched in some runs.
    if (m.kind !== 'Issuer' && m.kind !== 'ClusterIssuer') expect(changed).toBeGreaterThan(0);
  });

  test('properties: wrong types at the fields defaults go through give errors or a valid patch, never a throw', () => {
    fc.assert(
      fc.property(objectArbitrary(m.schema, apiVersion, m.kind, { chaos: true }), (input) => {
        checkInvariants(input, m.version);
      }),
      { numRuns: RUNS },
    );
  });

  test('properties: lists of the kind obey the same invariants', () => {
    const list = fc.array(clean, { maxLength: 3 }).map((items) => ({ apiVersion, kind: `${m.kind}List`, items }));
    fc.assert(
      fc.property(list, (input) => {
        checkInvariants(input, m.version);
      }),
      { numRuns: RUNS / 4 },
    );
  });

  if (m.version === 'v1') {
    test('properties: after defaulting, the defaulted fields hold non-empty values', () => {
      fc.assert(
        fc.property(clean, (input) => {
          const r = applyDefaults(input);
          if (r.errors.length > 0) return;
          if (['Certificate', 'CertificateRequest', 'Order', 'Challenge'].includes(m.kind)) {
            expect(str(r.object, 'spec', 'issuerRef', 'kind')).not.toBe('');
            expect(str(r.object, 'spec', 'issuerRef', 'group')).not.toBe('');
          }
          if (m.kind === 'Certificate') expect(str(r.object, 'spec', 'privateKey', 'rotationPolicy')).not.toBe('');
          if (field(r.object, 'spec', 'acme') !== undefined && field(r.object, 'spec', 'acme') !== null) {
            expect(field(r.object, 'spec', 'acme', 'renewalInformationSource') ?? null).not.toBeNull();
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('arbitrary JSON', () => {
  const kinds = fc.constantFrom(...MODELS.map((m) => [`${m.group}/${m.version}`, m.kind, m.version] as const));
  test('properties: any JSON under a known apiVersion/kind, or any JSON at all, keeps the invariants', () => {
    fc.assert(
      fc.property(kinds, fc.jsonValue({ maxDepth: 4 }), fc.boolean(), ([apiVersion, kind, version], spec, asList) => {
        const object = { apiVersion, kind, spec };
        checkInvariants(asList ? { apiVersion, kind: `${kind}List`, items: [object, spec] } : object, version);
        checkInvariants(spec, version);
      }),
      { numRuns: 300 },
    );
  });
});
