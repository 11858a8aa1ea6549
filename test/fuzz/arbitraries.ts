/**
 * Generators of hostile input for the fuzz suite: arbitrary JSON, objects shaped like every
 * kind and version, mutated valid fixtures, keys named like Object.prototype members, deep
 * nesting, huge arrays, and values whose getters or Proxy traps throw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { VERSIONS } from '../../src/index.js';
import { KINDS } from '../../src/scheme/kinds.js';
import { MAX_ITEMS, MAX_LEVELS } from './config.js';

type Json = unknown;
type Path = (string | number)[];

/** Keys that name Object.prototype members or the prototype itself. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'] as const;

/** Any JSON value. */
export const json = fc.jsonValue({ maxDepth: 5 });

/** Objects that identify as a cert-manager kind (or its List), with arbitrary content below. */
export const kindShaped = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    version: fc.constantFrom(...VERSIONS),
    list: fc.boolean(),
    spec: json,
    status: json,
    metadata: fc.oneof(
      json,
      fc.record({ name: fc.string(), namespace: fc.string(), annotations: fc.dictionary(fc.string(), fc.string()) }),
    ),
  })
  .map(({ kind, version, list, spec, status, metadata }) => {
    const one = { apiVersion: `${kind.group}/${version}`, kind: kind.kind, metadata, spec, status };
    return list ? { apiVersion: one.apiVersion, kind: `${kind.kind}List`, items: [one, spec] } : one;
  });

const fixtureDir = new URL('../../fixtures/manifests/valid/', import.meta.url);

/** The valid manifests of the fixtures, parsed. */
export const FIXTURES: readonly Json[] = readdirSync(fixtureDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => parse(readFileSync(new URL(f, fixtureDir), 'utf8'), { version: '1.1' }) as Json);

/** Every path to a node below the root. */
function paths(v: Json, at: Path = []): Path[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => [[...at, i], ...paths(x, [...at, i])]);
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => [[...at, k], ...paths(x, [...at, k])]);
  return [];
}

/** Defines `parent[key] = value` as an own property (so `__proto__` stays a key). */
function put(parent: Record<string | number, Json>, key: string | number, value: Json): void {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of `v` with the node at `path` replaced by `make(old)` (or removed). */
export function replaceAt(v: Json, path: Path, make: (old: Json) => Json, remove = false): Json {
  const copy = structuredClone(v) as Record<string | number, Json>;
  if (path.length === 0) return make(copy);
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else put(parent, last, make(parent[last]));
  return copy;
}

/** A node path into `v`: the root or any node below. */
const pathInto = (v: Json) => fc.constantFrom<Path>([], ...paths(v));

/** A valid fixture with one node replaced by arbitrary JSON or removed. */
export const mutatedFixture = fc
  .constantFrom(...FIXTURES)
  .chain((original) => fc.record({ original: fc.constant(original), path: pathInto(original), replacement: json, remove: fc.boolean() }))
  .map(({ original, path, replacement, remove }) => ({
    original,
    object: path.length === 0 ? original : replaceAt(original, path, () => replacement, remove),
  }));

/** `levels` of nesting, alternating objects and arrays, around a leaf. */
export function nested(levels: number, leaf: Json = 'leaf'): Json {
  let v = leaf;
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { a: v };
  return v;
}

/** A fixture with a hostile key added to one of its objects (with a copy of a sibling, or JSON). */
export const hostileKeyed = fc
  .constantFrom(...FIXTURES)
  .chain((original) =>
    fc.record({
      original: fc.constant(original),
      path: fc.constantFrom<Path>([], ...paths(original).filter((p) => isObject(valueAt(original, p)))),
      key: fc.constantFrom(...HOSTILE_KEYS),
      value: fc.oneof(json, fc.constant({}), fc.constant({ a: 1 })),
    }),
  )
  .map(({ original, path, key, value }) => ({
    original,
    object: replaceAt(original, path, (node) => {
      const copy = node as Record<string, Json>;
      put(copy, key, value);
      return copy;
    }),
  }));

/** A fixture with deep nesting (up to the configured level) in place of one node. */
export const deeplyNested = fc
  .constantFrom(...FIXTURES)
  .chain((original) =>
    fc.record({ original: fc.constant(original), path: pathInto(original), levels: fc.integer({ min: 1, max: MAX_LEVELS }) }),
  )
  .map(({ original, path, levels }) => ({
    original,
    object: path.length === 0 ? original : replaceAt(original, path, () => nested(levels)),
  }));

/** A fixture with a huge array (up to the configured length) in place of one node. */
export const hugeArray = fc
  .constantFrom(...FIXTURES)
  .chain((original) =>
    fc.record({
      original: fc.constant(original),
      path: fc.constantFrom<Path>(...paths(original)),
      length: fc.integer({ min: 0, max: MAX_ITEMS }),
      item: fc.oneof(fc.constant('a.example.com'), fc.constant(5), fc.constant({}), fc.constant(null)),
    }),
  )
  .map(({ original, path, length, item }) => ({
    original,
    object: replaceAt(original, path, () => Array.from({ length }, (_, i) => (typeof item === 'string' ? `${i}.${item}` : item))),
  }));

/** A value whose reads throw: a throwing getter (with an unprintable thrown value) or a Proxy. */
export const throwing = fc.constantFrom(
  () => ({
    get apiVersion(): string {
      throw {
        toString: () => {
          throw 1;
        },
      };
    },
  }),
  () => ({
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    get spec(): unknown {
      throw new Error('spec');
    },
  }),
  () =>
    new Proxy(
      {},
      {
        get: () => {
          throw 1;
        },
      },
    ),
  () =>
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw 1;
        },
        getPrototypeOf: () => {
          throw 1;
        },
      },
    ),
  () =>
    new Proxy([], {
      get: () => {
        throw Symbol('x');
      },
    }),
  () => Object.create(null),
  () => 10n,
  () => Symbol('s'),
  () => () => 1,
);

/** A fixture with one node replaced by a throwing value. */
export const hostileValued = fc
  .constantFrom(...FIXTURES)
  .chain((original) => fc.record({ original: fc.constant(original), path: pathInto(original), make: throwing }))
  .map(({ original, path, make }) => (path.length === 0 ? make() : replaceAt(original, path, () => make())));

function isObject(v: Json): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueAt(v: Json, path: Path): Json {
  let cur = v;
  for (const k of path) cur = (cur as Record<string | number, Json>)[k];
  return cur;
}
