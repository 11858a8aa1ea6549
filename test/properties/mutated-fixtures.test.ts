// Property: every valid fixture, with one node replaced by arbitrary JSON or removed, never makes
// validate throw, mutate its input or fall back to an InternalError — in CREATE and UPDATE (against
// the unmutated fixture), with and without the schema check.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { validate } from '../../src/index.js';

const dir = new URL('../../fixtures/manifests/valid/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => parse(readFileSync(new URL(f, dir), 'utf8'), { version: '1.1' }) as unknown);

/** All paths to nodes below the root. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => [[...at, i], ...paths(x, [...at, i])]);
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => [[...at, k], ...paths(x, [...at, k])]);
  return [];
}

function mutate(v: unknown, path: (string | number)[], replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

const mutated = fc
  .nat({ max: fixtures.length - 1 })
  .chain((i) => {
    const original = fixtures[i];
    const ps = paths(original);
    return fc.record({
      original: fc.constant(original),
      path: fc.constantFrom(...ps),
      replacement: fc.jsonValue({ maxDepth: 3 }),
      remove: fc.boolean(),
    });
  })
  .map(({ original, path, replacement, remove }) => ({ original, object: mutate(original, path, replacement, remove) }));

test('validate never throws on mutated valid fixtures', () => {
  expect(fixtures.length).toBeGreaterThan(100);
  fc.assert(
    fc.property(mutated, fc.constantFrom('CREATE', 'UPDATE'), fc.boolean(), ({ original, object }, operation, schema) => {
      const before = JSON.stringify(object);
      const r = validate(object, { operation: operation as 'CREATE' | 'UPDATE', oldObject: original, schema });
      expect(r.errors.filter((e) => e.type === 'InternalError')).toEqual([]);
      expect(JSON.stringify(object)).toBe(before);
    }),
    { numRuns: 2000 },
  );
});
