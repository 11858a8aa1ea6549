// Property (issue 16, handleValidation ≤ 1.5× the JSON round trip): the optimised /validate path
// answers every generated review exactly as the straightforward path of admission-reference.ts —
// same response, byte for byte once stringified — over valid fixtures of every kind with nulls,
// durations, wrong types, deep nesting and unknown keys put in, on CREATE and UPDATE, with and
// without request.kind filling in, with odd request fields and options. Also the decoder's field
// check (nulls pruned only when the first check fails) against the reference's.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { undecodableFields } from '../../src/admission/decode-fields.js';
import { handleValidation } from '../../src/admission/handle-validation.js';
import type { AdmissionOptions } from '../../src/admission/types.js';
import { KINDS } from '../../src/scheme/kinds.js';
import { MAX_NESTING_DEPTH } from '../../src/util/depth.js';
import { FIXTURES, HOSTILE_KEYS, nested, replaceAt } from '../fuzz/arbitraries.js';
import { referenceValidation, undecodableFields as referenceUndecodableFields } from './admission-reference.js';

type Json = unknown;
type Path = (string | number)[];

const SEED = 20261203;

/** The v1 fixtures (the only version the webhook decodes) and a few of the others. */
const OBJECTS = FIXTURES.filter((f) => String((f as { apiVersion?: unknown }).apiVersion).endsWith('/v1'));
const OTHERS = FIXTURES.filter((f) => !OBJECTS.includes(f)).slice(0, 3);

/** Durations Go accepts and rejects, plain and not, near the int64 limit and past it. */
const DURATIONS = [
  '2160h0m0s',
  '360h',
  '90m',
  '1h30m',
  '1.5s',
  '0.000000001s',
  '0',
  '0s',
  '',
  '-1h',
  '+5m',
  '999999h59m59s',
  '999999h999999m999999999.999999999s',
  '2562047h47m16.854775807s',
  '2562047h47m16.854775808s',
  '9999999h',
  '1d',
  '90 days',
  '1h 30m',
  '1e3s',
  '.5s',
  '1.s',
  'h',
  '300ms',
  '1µs',
  '1h1h',
  '30s1m',
];
const duration = fc.oneof(
  fc.constantFrom(...DURATIONS),
  fc.stringMatching(/^[+-]?\d{0,10}(\.\d{0,10})?(h|m|s|ms|us|ns)?(\d{0,7}(h|m|s))?$/),
);

/** Every path to a node below the root, and the paths of the objects among them. */
function paths(v: Json, at: Path = []): Path[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => [[...at, i], ...paths(x, [...at, i])]);
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => [[...at, k], ...paths(x, [...at, k])]);
  return [];
}

function nodeAt(v: Json, path: Path): Json {
  let cur = v;
  for (const k of path) cur = (cur as Record<string | number, Json>)[k];
  return cur;
}

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The kind an object names, if it is one of the six. */
const kindOf = (v: Json) => (isObject(v) && typeof v.kind === 'string' ? KINDS.find((k) => k.kind === v.kind) : undefined);

/** One change to an object: a node replaced (by null, JSON, a duration or deep nesting), removed, or a key added. */
type Change = (object: Json) => fc.Arbitrary<Json>;

const replaceNode: Change = (object) =>
  fc
    .record({
      path: fc.constantFrom<Path>(...paths(object)),
      value: fc.oneof(
        { weight: 3, arbitrary: fc.constant(null) },
        { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
        { weight: 2, arbitrary: duration },
        { weight: 1, arbitrary: fc.constantFrom(nested(MAX_NESTING_DEPTH + 1), nested(MAX_NESTING_DEPTH - 2), nested(8)) },
      ),
      remove: fc.boolean(),
    })
    .map(({ path, value, remove }) => replaceAt(object, path, () => value, remove && value !== null));

const addKey: Change = (object) =>
  fc
    .record({
      path: fc.constantFrom<Path>([], ...paths(object).filter((p) => isObject(nodeAt(object, p)))),
      key: fc.oneof(fc.constantFrom('unknownField', 'extra', ...HOSTILE_KEYS), fc.string({ maxLength: 6 })),
      value: fc.oneof(fc.constant(null), fc.jsonValue({ maxDepth: 1 })),
    })
    .map(({ path, key, value }) =>
      replaceAt(object, path, (node) => {
        Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
        return node;
      }),
    );

/** A duration written where the kind keeps one (the decoder's and the rules' duration fields). */
const setDuration: Change = (object) => {
  const spec = isObject(object) ? object.spec : undefined;
  if (!isObject(spec)) return fc.constant(object);
  const where: Path[] = [
    ['spec', 'duration'],
    ['spec', 'renewBefore'],
  ];
  const solvers = isObject(spec.acme) && Array.isArray(spec.acme.solvers) ? spec.acme.solvers : [];
  solvers.forEach((_, i) => {
    where.push(['spec', 'acme', 'solvers', i, 'dns01']);
  });
  return fc.record({ path: fc.constantFrom(...where), value: duration }).map(({ path, value }) =>
    replaceAt(object, path.slice(0, -1), (parent) => {
      if (!isObject(parent)) return parent;
      const key = path[path.length - 1] === 'dns01' ? 'waitInsteadOfSelfCheck' : (path[path.length - 1] as string);
      return { ...parent, [key]: value };
    }),
  );
};

const changed = (object: Json, n: number): fc.Arbitrary<Json> =>
  n === 0
    ? fc.constant(object)
    : fc
        .constantFrom(replaceNode, addKey, setDuration, setDuration)
        .chain((change) => change(object))
        .chain((next) => changed(next, n - 1));

const object = fc
  .record({ base: fc.constantFrom(...OBJECTS, ...OTHERS), changes: fc.nat({ max: 3 }) })
  .chain(({ base, changes }) => changed(base, changes).map((o) => ({ base, object: o })));

const gvr = (o: Json) => {
  const kind = kindOf(o);
  return { group: kind?.group ?? 'cert-manager.io', version: 'v1', resource: kind?.plural ?? 'certificates' };
};

const REQUEST_FIELDS = [
  'uid',
  'kind',
  'resource',
  'subResource',
  'requestKind',
  'requestResource',
  'requestSubResource',
  'name',
  'namespace',
  'userInfo',
  'dryRun',
  'options',
];

const userInfo = fc.oneof(
  fc.constant({ username: 'alice', uid: 'u-1', groups: ['system:authenticated'] }),
  fc.constant({ username: 'bob', extra: { scopes: ['a', null], empty: null } }),
  fc.record({ username: fc.jsonValue({ maxDepth: 1 }), groups: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] }),
);

/** A review of a (changed) fixture: its own resource or another, CREATE or UPDATE, odd fields now and then. */
const review = fc
  .record({
    subject: object,
    old: fc.oneof(object, fc.constant(undefined)),
    operation: fc.constantFrom('CREATE', 'UPDATE', 'UPDATE', 'DELETE'),
    resource: fc.oneof(
      { weight: 6, arbitrary: fc.constant(undefined) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(gvr({ kind: 'Issuer' }), gvr({ kind: 'Certificate' }), { group: '', version: '', resource: '' }),
      },
    ),
    bareKind: fc.boolean(),
    subResource: fc.constantFrom(undefined, '', 'status'),
    userInfo,
    odd: fc.option(
      fc.oneof(
        fc.constantFrom<Record<string, Json>>({ kind: 'Certificate' }, { userInfo: { groups: 'x' } }, { userInfo: { extra: { a: 'b' } } }),
        // Up to two request fields of any JSON type: the first wrong one in field order is named.
        fc.dictionary(fc.constantFrom(...REQUEST_FIELDS), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
      ),
      { freq: 4 },
    ),
    apiVersion: fc.constantFrom('admission.k8s.io/v1', 'admission.k8s.io/v1beta1', undefined),
  })
  .map(({ subject, old, operation, resource, bareKind, subResource, userInfo, odd, apiVersion }) => {
    let obj = subject.object;
    const identity = kindOf(obj);
    if (bareKind && isObject(obj)) {
      const { apiVersion: _a, kind: _k, ...rest } = obj;
      obj = rest;
    }
    const request: Record<string, Json> = {
      uid: 'uid-1',
      kind: identity === undefined ? undefined : { group: identity.group, version: 'v1', kind: identity.kind },
      resource: resource ?? gvr(subject.object),
      subResource,
      operation,
      userInfo,
      object: obj,
      // An UPDATE of the unchanged fixture, of another changed one, or of nothing.
      oldObject: operation === 'UPDATE' ? (old === undefined ? subject.base : old.object) : null,
      ...(odd ?? {}),
    };
    return { apiVersion, kind: 'AdmissionReview', request };
  });

const options = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      plugins: fc.subarray(['identity', 'approval', 'validation', 'defaults'] as const),
      certManagerVersion: fc.constantFrom('v1.12', 'v1.19', 'master', 'v0.1'),
      featureGates: fc.constantFrom({}, { NameConstraints: true }, { OtherNames: false, LiteralCertificateSubject: true }),
      authorize: fc.constant(() => true),
    },
    { requiredKeys: [] },
  ),
) as fc.Arbitrary<AdmissionOptions | undefined>;

describe('the optimised /validate path answers as the straightforward one', () => {
  test('handleValidation equals the reference on generated reviews (stringified, byte for byte)', async () => {
    const codes = new Set<number>();
    await fc.assert(
      fc.asyncProperty(review, options, async (body, opts) => {
        const text = JSON.stringify(body);
        const got = JSON.stringify(await handleValidation(JSON.parse(text), opts));
        const want = JSON.stringify(await referenceValidation(JSON.parse(text), opts));
        expect(got).toBe(want);
        codes.add((JSON.parse(got) as { response: { status: { code: number } } }).response.status.code);
      }),
      { numRuns: 400, seed: SEED, endOnFailure: true },
    );
    // The generated reviews reach every kind of answer: allowed, undecodable, denied.
    expect([...codes].sort()).toEqual([200, 400, 403]);
  });

  test('approval decisions (the asynchronous plugin) answer as the reference', async () => {
    const requests = OBJECTS.filter((o) => kindOf(o)?.kind === 'CertificateRequest');
    const decision = fc.record({
      base: fc.constantFrom(...requests),
      type: fc.constantFrom('Approved', 'Denied', 'Ready'),
      subResource: fc.constantFrom('status', ''),
      authorize: fc.constantFrom<NonNullable<AdmissionOptions['authorize']>>(
        () => true,
        () => false,
        async () => true,
        () => {
          throw new Error('no RBAC');
        },
      ),
      discover: fc.constantFrom<AdmissionOptions['discover']>(
        undefined,
        () => ({ resource: 'issuers', namespaced: true }),
        async () => undefined,
      ),
    });
    await fc.assert(
      fc.asyncProperty(decision, async ({ base, type, subResource, authorize, discover }) => {
        const { status: _status, ...old } = base as Record<string, Json>;
        const object = { ...old, status: { conditions: [{ type, status: 'True', reason: 'r', message: 'm' }] } };
        const body = {
          apiVersion: 'admission.k8s.io/v1',
          kind: 'AdmissionReview',
          request: {
            uid: 'u',
            operation: 'UPDATE',
            subResource,
            resource: gvr(object),
            userInfo: { username: 'alice' },
            object,
            oldObject: old,
          },
        };
        const opts: AdmissionOptions = discover === undefined ? { authorize } : { authorize, discover };
        const text = JSON.stringify(body);
        const got = JSON.stringify(await handleValidation(JSON.parse(text), opts));
        expect(got).toBe(JSON.stringify(await referenceValidation(JSON.parse(text), opts)));
      }),
      { numRuns: 60, seed: SEED, endOnFailure: true },
    );
  });

  test('the decoder reports the same undecodable fields as the reference (nulls pruned only when needed)', () => {
    const decodable = object.filter(({ object: o }) => kindOf(o) !== undefined);
    fc.assert(
      fc.property(decodable, ({ object: o }) => {
        const kind = kindOf(o);
        if (kind === undefined) return;
        expect(undecodableFields(o, kind.group, 'v1', kind.kind)).toEqual(referenceUndecodableFields(o, kind.group, 'v1', kind.kind));
      }),
      { numRuns: 500, seed: SEED, endOnFailure: true },
    );
  });
});
