/**
 * Old → old conversion goes through v1 (conversion.md §1); cmapi keeps it lossless as well:
 * for every kind and every pair of old versions S ≠ T, `S → T → S` and `S → T → v1 → T → S`
 * give back the input by meaning (same-meaning.ts), over objects generated from the project's
 * JSON Schemas.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convert } from '../../src/conversion/convert.js';
import { KINDS, type OldVersion } from '../../src/scheme/kinds.js';
import { expectSameMeaning } from './same-meaning.js';
import { arbitraryFor, schemaFile } from './schema-arbitrary.js';

const OLD: readonly OldVersion[] = ['v1alpha2', 'v1alpha3', 'v1beta1'];
const PAIRS = OLD.flatMap((s) => OLD.filter((t) => t !== s).map((t) => [s, t] as const));
const RUNS = Math.max(1, Math.round(Number(process.env.CMAPI_ROUNDTRIP_RUNS ?? 1000) / 10));

/** Converts and insists on success. */
function to(o: unknown, apiVersion: string): Record<string, unknown> {
  const r = convert(o, apiVersion);
  expect(r.errors).toEqual([]);
  expect(r.object?.apiVersion).toBe(apiVersion);
  return r.object ?? {};
}

describe.each(KINDS.map((k) => [k.kind, k.group] as const))('%s old ↔ old', (kind, group) => {
  test.each(PAIRS)(`§1 ${kind}: %s → %s → back keeps the meaning, also via v1`, (s, t) => {
    const objects = arbitraryFor(schemaFile(group, s, kind), { apiVersion: `${group}/${s}`, kind }, 5);
    fc.assert(
      fc.property(objects, (generated) => {
        const input = JSON.parse(JSON.stringify(generated)) as Record<string, unknown>;
        const there = to(input, `${group}/${t}`);
        expectSameMeaning(to(there, `${group}/${s}`), input, `${group}/${t}`);
        const viaHub = to(to(there, `${group}/v1`), `${group}/${t}`);
        expectSameMeaning(to(viaHub, `${group}/${s}`), input, [`${group}/${t}`, `${group}/v1`, `${group}/${t}`]);
      }),
      { numRuns: RUNS },
    );
  });
});
