/**
 * Round trips that keep the meaning (conversion.md §6, cmapi's guarantee): for every kind and
 * every old version X, `v1 → X → v1` and `X → v1 → X` give back the input by meaning, over
 * objects generated from the project's JSON Schemas, plus fields the source version does not
 * know. "By meaning" is exactly src/conversion/meaning.ts (see same-meaning.ts): Go zero values
 * where absence means the same, and durations (bytes, whole-second times) re-printed in Go
 * form, are not differences; everything else must come back, `status` as upstream leaves it.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convert } from '../../src/conversion/convert.js';
import { KINDS, type OldVersion } from '../../src/scheme/kinds.js';
import { expectSameMeaning } from './same-meaning.js';
import { arbitraryFor, schemaFile } from './schema-arbitrary.js';

const OLD: readonly OldVersion[] = ['v1alpha2', 'v1alpha3', 'v1beta1'];
const RUNS = Number(process.env.CMAPI_ROUNDTRIP_RUNS ?? 1000);

/** Fields the source version has no place for, in both spellings, set at random. */
const FOREIGN: readonly (readonly [string, unknown])[] = [
  ['spec.emailAddresses', ['a@example.com']],
  ['spec.emailSANs', ['b@example.com']],
  ['spec.uris', ['urn:x']],
  ['spec.organization', ['Org']],
  ['spec.keySize', 2048],
  ['spec.request', 'dGVzdA=='],
  ['spec.csr', 'dGVzdA=='],
  ['spec.authzURL', 'https://a'],
  ['spec.authorizationURL', 'https://b'],
  ['spec.renewBeforePercentage', 30],
  ['spec.replaces', 'x'],
  ['spec.unknownField', { a: 1 }],
  ['status.presentedAt', '2024-01-01T00:00:00Z'],
];

/** JSON wire form: what a parsed request body would hold (no -0, no undefined). */
const wire = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function withForeign(o: Record<string, unknown>, picks: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const out = wire(o);
  for (const [path, value] of picks) {
    const [section, key] = path.split('.') as [string, string];
    const holder = out[section];
    if (holder !== null && typeof holder === 'object' && !Array.isArray(holder)) (holder as Record<string, unknown>)[key] = value;
  }
  return out;
}

function objects(group: string, version: string, kind: string): fc.Arbitrary<Record<string, unknown>> {
  const base = arbitraryFor(schemaFile(group, version, kind), { apiVersion: `${group}/${version}`, kind }, 5);
  return fc.tuple(base, fc.subarray([...FOREIGN], { maxLength: 3 })).map(([o, picks]) => withForeign(o, picks));
}

function roundTrip(input: Record<string, unknown>, via: string): void {
  const there = convert(input, via);
  expect(there.errors).toEqual([]);
  expect(there.object?.apiVersion).toBe(via);
  const back = convert(there.object, String(input.apiVersion));
  expect(back.errors).toEqual([]);
  expectSameMeaning(back.object, input, via);
}

describe.each(KINDS.map((k) => [k.kind, k.group] as const))('%s round trips', (kind, group) => {
  test.each(OLD)(`${kind}: v1 → %s → v1 keeps the meaning`, (version) => {
    fc.assert(
      fc.property(objects(group, 'v1', kind), (o) => roundTrip(o, `${group}/${version}`)),
      { numRuns: RUNS },
    );
  });
  test.each(OLD)(`${kind}: %s → v1 → back keeps the meaning`, (version) => {
    fc.assert(
      fc.property(objects(group, version, kind), (o) => roundTrip(o, `${group}/v1`)),
      { numRuns: RUNS },
    );
  });
});
