/** Shared helpers for the defaulting tests. */
import fjp from 'fast-json-patch';
import { expect } from 'vitest';
import { applyDefaults } from '../../src/defaults/apply.js';
import type { DefaultingResult, DefaultSet } from '../../src/defaults/types.js';
import type { JsonObject } from '../../src/util/json.js';

/** A deep copy through JSON. */
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Freezes a value and everything inside it. */
export function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const child of Object.values(v)) deepFreeze(child);
    Object.freeze(v);
  }
  return v;
}

/** Applies an RFC 6902 patch to a copy of `doc` with fast-json-patch (validating the operations). */
export function patched(doc: unknown, patch: DefaultingResult['patch']): unknown {
  return fjp.applyPatch(clone(doc), clone(patch) as fjp.Operation[], true, false).newDocument;
}

/**
 * Runs applyDefaults and checks what every result must satisfy: the input is untouched and the
 * patch applied to the input gives the returned object.
 */
export function run(object: unknown, defaults?: DefaultSet[]): DefaultingResult {
  const before = clone(object);
  const r = defaults === undefined ? applyDefaults(object) : applyDefaults(object, { defaults });
  expect(object).toEqual(before);
  expect(patched(before, r.patch)).toEqual(r.object);
  return r;
}

/** A v1 object of a kind with the given spec. */
export function v1(kind: string, spec?: unknown, group = 'cert-manager.io'): JsonObject {
  const o: JsonObject = { apiVersion: `${group}/v1`, kind, metadata: { name: 'test', namespace: 'default' } };
  if (spec !== undefined) o.spec = spec;
  return o;
}

/** The `spec` of a result's object. */
export const specOf = (r: DefaultingResult): JsonObject => (r.object as { spec: JsonObject }).spec;
