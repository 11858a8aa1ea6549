// Property (issue 16): the schema check's fast paths (copy-on-write null pruning, the depth check
// without allocation, the list-type walk over a list plan, the release overlay walk, pointers read
// in place) give exactly what their straightforward forms give (test/properties/schema-reference.ts),
// on generated objects with nulls at any depth, `__proto__`/`constructor` keys, typed lists with
// repeats and shared sub-objects. Also: the combined input walk of validate (depth and nulls in
// one pass), and the generated validators' declared-field checks (`===` chains) against the
// declared field names of the shape table.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CERT_MANAGER_RELEASES } from '../../src/release/release.js';
import type { Group, Kind, Version } from '../../src/scheme/kinds.js';
import { checkSchema } from '../../src/schema/check.js';
import { RELEASE_EDIT_SOURCE } from '../../src/schema/generated/releases.js';
import { SHAPES } from '../../src/schema/generated/shapes.js';
import { VALIDATORS } from '../../src/schema/generated/validators.js';
import { listTypeErrors } from '../../src/schema/lists.js';
import { resolveShape } from '../../src/schema/shape.js';
import { locate } from '../../src/schema/paths.js';
import { inputExceedsDepth, MAX_SCHEMA_DEPTH, withoutNulls } from '../../src/schema/prune.js';
import { releaseEditsOf } from '../../src/schema/release-edits.js';
import { DEPTH_EXCEEDED, DEPTH_PLAIN, DEPTH_UNUSUAL, exceedsDepth, MAX_NESTING_DEPTH, measureDepth } from '../../src/util/depth.js';
import {
  checkReleaseReference,
  checkWithReference,
  exceedsDepthReference,
  listTypeErrorsReference,
  locateReference,
  withoutNullsReference,
} from './schema-reference.js';

const RUNS = { seed: 16, numRuns: 150 };

/** Where a generated tree holds the shared sub-object. */
const SHARED = '\u0000shared';

type Tree = null | undefined | boolean | number | string | Tree[] | { entries: [string, Tree][] };

const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('name', 'uid', 'type', 'a', 'spec', 'labels', '__proto__', 'constructor', 'toString') },
  // Fields some releases do not have, and fields the release overlays re-require.
  {
    weight: 1,
    arbitrary: fc.constantFrom('renewal', 'signatureAlgorithm', 'otherNames', 'nameservers', 'podTemplate', 'region', 'create'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);
const scalar = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom<Tree>('a', 'b', '1', 1, 0, -0, true, Number.NaN, Number.POSITIVE_INFINITY, undefined) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);
const { tree } = fc.letrec<{ tree: Tree; object: Tree; list: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, scalar, tie('object'), tie('list'), fc.constant(SHARED)),
  object: fc.array(fc.tuple(key, tie('tree')), { maxLength: 5 }).map((entries) => ({ entries })),
  list: fc.array(tie('tree'), { maxLength: 5 }),
}));

/** The value of a tree: own keys defined (so `__proto__` is a key), SHARED replaced by `shared`. */
function build(t: Tree, shared: unknown): unknown {
  if (t === SHARED) return shared;
  if (Array.isArray(t)) return t.map((x) => build(x, shared));
  if (t === null || typeof t !== 'object') return t;
  const o: Record<string, unknown> = {};
  for (const [k, v] of t.entries)
    Object.defineProperty(o, k, { value: build(v, shared), enumerable: true, writable: true, configurable: true });
  return o;
}

/** JSON-like values whose SHARED leaves are one and the same sub-object. */
const value = fc.tuple(tree, tree).map(([t, s]) => build(t, build(s, { shared: null })));

/** Text showing every own key (`__proto__` too), holes, and whether an object is plain. */
function dump(v: unknown): string {
  if (Array.isArray(v)) return `[${Array.from({ length: v.length }, (_, i) => (i in v ? dump(v[i]) : '<hole>')).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const proto = Object.getPrototypeOf(v);
    const mark = proto === Object.prototype || proto === null ? '' : '<not plain>';
    return `${mark}{${Object.keys(v)
      .map((k) => `${JSON.stringify(k)}:${dump((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : String(JSON.stringify(v) ?? typeof v);
}

/** Whether pruning has anything to drop: a null property of an object above MAX_SCHEMA_DEPTH. */
function hasPrunableNull(v: unknown, depth = 0): boolean {
  if (depth >= MAX_SCHEMA_DEPTH || typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return v.some((x) => hasPrunableNull(x, depth + 1));
  return Object.values(v).some((x) => x === null || hasPrunableNull(x, depth + 1));
}

/** `levels` of nesting with a null property at the bottom object. */
function chain(levels: number): unknown {
  let v: unknown = { leaf: null, keep: 1 };
  for (let i = 1; i < levels; i++) v = i % 3 === 0 ? [v, 'x'] : { a: v, b: i % 2 === 0 ? null : 'y' };
  return v;
}

describe('withoutNulls equals copying everything', () => {
  test('on generated values: same content, input untouched, input itself when no null', () => {
    fc.assert(
      fc.property(value, (v) => {
        const before = dump(v);
        const out = withoutNulls(v);
        expect(dump(out)).toBe(dump(withoutNullsReference(v)));
        expect(dump(v)).toBe(before);
        if (!hasPrunableNull(v)) expect(out).toBe(v);
      }),
      RUNS,
    );
  });

  test(`around MAX_SCHEMA_DEPTH (${MAX_SCHEMA_DEPTH}) levels`, () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_SCHEMA_DEPTH - 6, max: MAX_SCHEMA_DEPTH + 6 }), (levels) => {
        const v = chain(levels);
        expect(dump(withoutNulls(v))).toBe(dump(withoutNullsReference(v)));
      }),
      { seed: 16, numRuns: 13 },
    );
  });

  test('a value that is not a plain object is copied into a plain one, as before', () => {
    const v = { when: new Date(0), list: [new Map()], fine: { a: 1 } };
    const out = withoutNulls(v) as typeof v;
    expect(dump(out)).toBe(dump(withoutNullsReference(v)));
    expect(out.fine).toBe(v.fine);
  });
});

describe('exceedsDepth equals the iterative walk', () => {
  test('on generated values (shared sub-objects, sometimes a cycle) and small limits', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 8 }), fc.boolean(), (v, limit, cyclic) => {
        if (cyclic && typeof v === 'object' && v !== null && !Array.isArray(v)) (v as Record<string, unknown>).self = [v];
        expect(exceedsDepth(v, limit)).toBe(exceedsDepthReference(v, limit));
      }),
      RUNS,
    );
  });

  test('on chains around the recursion hand-over and the real limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 130 }), fc.integer({ min: -2, max: 2 }), (limit, delta) => {
        const v = chain(Math.max(1, limit + delta));
        expect(exceedsDepth(v, limit)).toBe(exceedsDepthReference(v, limit));
        expect(exceedsDepth(v)).toBe(exceedsDepthReference(v, MAX_NESTING_DEPTH));
      }),
      RUNS,
    );
  });

  test('past the node budget (a wide value) and on exponentially shared values', () => {
    const wide = Array.from({ length: 12_000 }, (_, i) => ({ i, inner: [i] }));
    expect(exceedsDepth(wide, 3)).toBe(exceedsDepthReference(wide, 3));
    expect(exceedsDepth(wide, 2)).toBe(exceedsDepthReference(wide, 2));
    let shared: unknown = 'leaf';
    for (let i = 0; i < 60; i++) shared = [shared, shared];
    expect(exceedsDepth(shared, 60)).toBe(false);
    expect(exceedsDepth(shared, 59)).toBe(true);
  });
});

/** `levels` of nesting (objects, every third a list) whose bottom object holds `bottom`, and nothing else unusual. */
function chainTo(levels: number, bottom: unknown): unknown {
  let v: unknown = { leaf: bottom, keep: 1 };
  for (let i = 1; i < levels; i++) v = i % 3 === 0 ? [v, null] : { a: v, b: 'y' };
  return v;
}

/** What the combined walk should answer, from the straightforward walks. */
function measureReference(v: unknown, limit: number): number {
  if (exceedsDepthReference(v, limit)) return DEPTH_EXCEEDED;
  return dump(withoutNullsReference(v)) === dump(v) ? DEPTH_PLAIN : DEPTH_UNUSUAL;
}

describe('measureDepth (the input walk of validate) equals the depth walk and the pruning', () => {
  test('on generated values: too deep, or whether pruning would change anything', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 8 }), fc.boolean(), (v, limit, notPlain) => {
        if (notPlain && typeof v === 'object' && v !== null && !Array.isArray(v)) (v as Record<string, unknown>).when = new Date(0);
        expect(measureDepth(v, limit, MAX_SCHEMA_DEPTH)).toBe(measureReference(v, limit));
        expect(measureDepth(v, MAX_NESTING_DEPTH, MAX_SCHEMA_DEPTH)).toBe(measureReference(v, MAX_NESTING_DEPTH));
      }),
      RUNS,
    );
  });

  test(`a null property or an object that is not plain counts down to level ${MAX_SCHEMA_DEPTH} only`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_SCHEMA_DEPTH - 4, max: MAX_SCHEMA_DEPTH + 4 }),
        fc.constantFrom<unknown>(null, new Date(0), 'x'),
        (levels, bottom) => {
          const v = chainTo(levels, bottom);
          expect(measureDepth(v, MAX_NESTING_DEPTH, MAX_SCHEMA_DEPTH)).toBe(measureReference(v, MAX_NESTING_DEPTH));
        },
      ),
      { seed: 16, numRuns: 40 },
    );
  });

  test('with enumerable keys on Object.prototype, inherited keys are still neither nulls nor depth', () => {
    const deep = chainTo(20, 'x');
    Object.defineProperty(Object.prototype, 'inheritedNull', { value: null, enumerable: true, writable: true, configurable: true });
    Object.defineProperty(Object.prototype, 'inheritedDeep', { value: deep, enumerable: true, writable: true, configurable: true });
    try {
      fc.assert(
        fc.property(value, fc.integer({ min: 0, max: 8 }), (v, limit) => {
          expect(measureDepth(v, limit, MAX_SCHEMA_DEPTH)).toBe(measureReference(v, limit));
        }),
        RUNS,
      );
      expect(measureDepth({ a: { b: 1 } }, 3, MAX_SCHEMA_DEPTH)).toBe(DEPTH_PLAIN);
    } finally {
      delete (Object.prototype as Record<string, unknown>).inheritedNull;
      delete (Object.prototype as Record<string, unknown>).inheritedDeep;
    }
  });

  test('a value too large for the fast walk may have nulls; its depth is still exact', () => {
    const wide = Array.from({ length: 12_000 }, (_, i) => ({ i, inner: [i] }));
    expect(measureDepth(wide, 3, MAX_SCHEMA_DEPTH)).toBe(DEPTH_UNUSUAL);
    expect(measureDepth(wide, 2, MAX_SCHEMA_DEPTH)).toBe(DEPTH_EXCEEDED);
    expect(measureDepth(chainTo(150, 'x'), 149, MAX_SCHEMA_DEPTH)).toBe(DEPTH_EXCEEDED);
    expect(measureDepth(chainTo(150, 'x'), 150, MAX_SCHEMA_DEPTH)).toBe(DEPTH_UNUSUAL);
  });
});

/** Identities of typed-list items: repeats, nulls and values only printing tells apart. */
const id = fc.constantFrom<unknown>('a', 'b', 'a', '1', 1, null, undefined, Number.NaN, true);
const item = fc.oneof(
  { weight: 3, arbitrary: fc.record({ uid: id, type: id, name: id, status: id }, { requiredKeys: [] }) },
  { weight: 2, arbitrary: id },
  { weight: 1, arbitrary: value },
);
const typedList = fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: 20 }) }, { weight: 1, arbitrary: value });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const KEYS = Object.keys(VALIDATORS).filter((k) => k !== 'List');

/** A Certificate spec touching what the release overlays change (absent fields, an enum, required fields). */
const certificateSpec = fc.record(
  {
    secretName: fc.constantFrom('web-tls', null),
    issuerRef: fc.constant({ name: 'ca' }),
    renewal: value,
    signatureAlgorithm: fc.constantFrom('SHA256WithRSA', null),
    renewBeforePercentage: fc.constantFrom(50, null),
    keystores: fc.record(
      {
        pkcs12: fc.record(
          { create: fc.boolean(), profile: fc.constantFrom('LegacyRC2', 'Modern2023', 'Other', null), passwordSecretRef: value },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

/** An ACME issuer spec with solvers touching the release overlays. */
const issuerSpec = fc
  .record({
    wait: maybe(fc.boolean()),
    nameservers: maybe(value),
    route53: maybe(fc.record({ region: fc.constantFrom('eu-west-1', null), auth: value }, { requiredKeys: [] })),
    profile: maybe(fc.constantFrom('tlsserver', 'x')),
  })
  .map(({ wait, nameservers, route53, profile }) => ({
    acme: {
      server: 'https://acme.example',
      privateKeySecretRef: { name: 'k' },
      profile,
      solvers: [{ waitInsteadOfSelfCheck: wait, dns01: { nameservers, route53 } }],
    },
  }));

/** Objects of every kind, with typed lists where the model has them and generated values elsewhere. */
const kindObject = fc
  .record({
    key: fc.constantFrom(...KEYS),
    name: maybe(value),
    finalizers: maybe(typedList),
    ownerReferences: maybe(typedList),
    labels: maybe(value),
    conditions: maybe(typedList),
    imagePullSecrets: maybe(typedList),
    spec: maybe(fc.oneof(value, certificateSpec, issuerSpec)),
    extra: maybe(value),
  })
  .map((g) => {
    const [group, version, kind] = g.key.split('/') as [Group, Version, Kind];
    const podTemplate = { spec: { imagePullSecrets: g.imagePullSecrets } };
    const solver = { http01: { ingress: { podTemplate } }, selector: g.extra };
    const object: Record<string, unknown> = {
      apiVersion: `${group}/${version}`,
      kind,
      metadata: { name: g.name ?? 'x', finalizers: g.finalizers, ownerReferences: g.ownerReferences, labels: g.labels },
      spec: g.spec ?? { acme: { server: 'https://acme.example', privateKeySecretRef: { name: 'k' }, solvers: [solver, solver] } },
      status: { conditions: g.conditions, acme: g.extra },
    };
    return { group, version, kind, key: g.key, object };
  });

describe('the list-type pass equals the walk over the whole shape', () => {
  test('on generated objects of every kind', () => {
    fc.assert(
      fc.property(kindObject, ({ key, object }) => {
        const root = SHAPES.roots[key] ?? {};
        const data = withoutNullsReference(object);
        expect(listTypeErrors(data, root, SHAPES)).toEqual(listTypeErrorsReference(data, root, SHAPES));
      }),
      RUNS,
    );
  });
});

/** Freezes `v` all the way down: a write by any stage of the check then throws. */
function deepFreeze(v: unknown): void {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const x of Object.values(v)) deepFreeze(x);
}

describe('checkSchema equals the straightforward pipeline', () => {
  test('for master, on frozen input (the input itself reaches ajv when it holds no null)', () => {
    fc.assert(
      fc.property(kindObject, ({ group, version, kind, key, object }) => {
        deepFreeze(object);
        const expected = checkWithReference(
          object,
          VALIDATORS[key] as never,
          SHAPES.roots[key] ?? {},
          SHAPES,
          `${group}/${version} ${kind}`,
        );
        expect(checkSchema(object, group, version, kind)).toEqual(expected);
      }),
      RUNS,
    );
  });

  test('for the input validate has walked: the noted object skips pruning only while it is the one walked', () => {
    fc.assert(
      fc.property(kindObject, kindObject, ({ group, version, kind, key, object }, other) => {
        const expected = checkWithReference(
          object,
          VALIDATORS[key] as never,
          SHAPES.roots[key] ?? {},
          SHAPES,
          `${group}/${version} ${kind}`,
        );
        expect(inputExceedsDepth(object, false)).toBe(false);
        expect(checkSchema(object, group, version, kind, undefined, true)).toEqual(expected);
        // Another object walked in between, a depth the caller had checked, or a note already
        // taken: the check prunes as usual.
        inputExceedsDepth(object, false);
        inputExceedsDepth(other.object, false);
        expect(checkSchema(object, group, version, kind, undefined, true)).toEqual(expected);
        inputExceedsDepth(object, false);
        inputExceedsDepth(object, true);
        expect(checkSchema(object, group, version, kind, undefined, true)).toEqual(expected);
      }),
      RUNS,
    );
  });

  test('a note is taken by the first check: an input changed after it is pruned again', () => {
    const object = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: { name: 'a' },
      spec: { secretName: 's', issuerRef: { name: 'ca' } },
    };
    inputExceedsDepth(object, false);
    expect(checkSchema(object, 'cert-manager.io', 'v1', 'Certificate', undefined, true)).toEqual([]);
    (object.spec as Record<string, unknown>).commonName = null;
    expect(checkSchema(object, 'cert-manager.io', 'v1', 'Certificate', undefined, true)).toEqual([]);
    expect(checkSchema(object, 'cert-manager.io', 'v1', 'Certificate')).toEqual([]);
  });

  test('for every older release (the overlay path)', () => {
    const releases = CERT_MANAGER_RELEASES.filter((r) => r !== 'master');
    fc.assert(
      fc.property(kindObject, fc.constantFrom(...releases), ({ group, version, kind, key, object }, release) => {
        const edits = releaseEditsOf(RELEASE_EDIT_SOURCE, release);
        const edit = edits.roots[key];
        const validate = VALIDATORS[key] as never;
        const root = SHAPES.roots[key] ?? {};
        const expected =
          edit === undefined
            ? checkWithReference(object, validate, root, SHAPES, `${group}/${version} ${kind}`)
            : checkReleaseReference(object, validate, root, edit, edits, SHAPES, `${group}/${version} ${kind} of cert-manager ${release}`);
        expect(checkSchema(object, group, version, kind, release)).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('locate reads a pointer as its split segments do', () => {
  const segment = fc.constantFrom('spec', 'metadata', 'labels', 'a~1b', '~0', '~01', '', '0', '1', 'solvers', '__proto__');
  test('on generated pointers and objects', () => {
    fc.assert(
      fc.property(kindObject, fc.array(segment, { maxLength: 6 }), ({ key, object }, segments) => {
        const pointer = segments.map((s) => `/${s}`).join('');
        const root = SHAPES.roots[key] ?? {};
        const fast = locate(pointer, object, root, SHAPES);
        const slow = locateReference(pointer, object, root, SHAPES);
        expect([fast.path.toString(), fast.data, fast.shape]).toEqual([slow.path.toString(), slow.data, slow.shape]);
      }),
      RUNS,
    );
  });
});

describe('the generated validators tell declared fields from unknown ones as hasOwnProperty would', () => {
  const extras = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'Spec', 'x', ''];
  test('SCHEMA-UNKNOWN: on generated key sets at the top level and in each closed field of every kind', () => {
    const places = KEYS.flatMap((key) => {
      const root = SHAPES.roots[key] ?? {};
      const fields = Object.entries(root.p ?? {}).map(([name, s]) => [name, resolveShape(s, SHAPES)?.f] as const);
      return [[key, '', root.f] as const, ...fields.map(([name, f]) => [key, name, f] as const)].filter(([, , f]) => f !== undefined);
    });
    for (const [key, at, declared] of places) {
      fc.assert(
        fc.property(fc.integer({ min: 0 }), fc.subarray(extras), (pick, unknown) => {
          const names = declared ?? [];
          const keys = [...names.filter((_, i) => (pick >> (i % 31)) & 1), ...unknown];
          const o: Record<string, unknown> = {};
          for (const k of keys) Object.defineProperty(o, k, { value: undefined, enumerable: true, writable: true, configurable: true });
          const [group, version, kind] = key.split('/') as [Group, Version, Kind];
          const object: Record<string, unknown> = { apiVersion: `${group}/${version}`, kind, metadata: { name: 'x' } };
          const data = at === '' ? { ...object, ...Object.fromEntries(Object.entries(o)) } : { ...object, [at]: o };
          const prefix = at === '' ? '' : `${at}.`;
          const found = checkSchema(data, group, version, kind)
            .filter((e) => e.type === 'FieldValueUnknown' && e.field.startsWith(prefix) && !e.field.slice(prefix.length).includes('.'))
            .map((e) => e.field.slice(prefix.length))
            .sort();
          expect(found).toEqual(unknown.filter((k) => !names.includes(k)).sort());
        }),
        { seed: 16, numRuns: 6 },
      );
    }
  });
});
