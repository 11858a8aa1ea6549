// convert() spares the round trip when the spokes say converting back gives the input exactly,
// converts back on objects opened only where the conversion changes them (src/conversion/open.ts,
// plain.ts), walks its tables as tries, and skips re-printing durations already in Go form. On
// generated objects of
// every kind and version pair, with fields the source version does not know, with records
// written by a previous conversion and with forged ones, it gives exactly what the deep-copy
// reference gives: object (key order included), records and warnings; deeply frozen input is
// accepted and never changed; and the result shares nothing with the input.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { copyAsJsonText } from '../../src/conversion/clone.js';
import { convert, convertWith } from '../../src/conversion/convert.js';
import { goDuration } from '../../src/conversion/go-form.js';
import { GO_FORM_PATHS } from '../../src/conversion/go-form-paths.js';
import { SPOKES } from '../../src/conversion/table.js';
import { V1_ONLY } from '../../src/conversion/v1-only.js';
import { canonicalDuration } from '../../src/go/time/duration.js';
import { KINDS, type Version, VERSIONS } from '../../src/scheme/kinds.js';
import { cloneJson, type JsonObject } from '../../src/util/json.js';
import { arbitraryFor, schemaFile } from '../conversion/schema-arbitrary.js';
import { deepFreeze } from '../defaults/helpers.js';
import { referenceConvertOne } from './reference/convert-deep-copy.js';

const SEED = 16_5;
const RUNS = 12;

/** Fields some version has no place for, in every spelling, set at random. */
const FOREIGN: readonly (readonly [string, unknown])[] = [
  ['spec.emailAddresses', ['a@example.com']],
  ['spec.emailSANs', []],
  ['spec.uris', ['urn:x']],
  ['spec.organization', ['Org']],
  ['spec.keySize', 2048],
  ['spec.keyAlgorithm', 'rsa'],
  ['spec.request', 'dGVzdA=='],
  ['spec.csr', 'dGVzdA'],
  ['spec.authzURL', 'https://a'],
  ['spec.authorizationURL', 'https://b'],
  ['spec.renewBeforePercentage', 30],
  ['spec.replaces', 'x'],
  ['spec.unknownField', { a: 1 }],
  ['spec.duration', '2160h'],
  ['spec.renewBefore', '1h0m0s'],
  ['status.presentedAt', '2024-01-01T00:00:00Z'],
  ['metadata.creationTimestamp', '2024-01-01T01:00:00+01:00'],
];

const wire = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function withForeign(o: Record<string, unknown>, picks: readonly (readonly [string, unknown])[]): JsonObject {
  const out = wire(o);
  for (const [path, value] of picks) {
    const [section, key] = path.split('.') as [string, string];
    out[section] ??= {};
    const holder = out[section];
    if (holder !== null && typeof holder === 'object' && !Array.isArray(holder)) (holder as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** The reference's answer, shaped as convert's. */
function reference(o: JsonObject, to: Version, preserve: boolean) {
  const info = KINDS.find((k) => k.kind === o.kind) as (typeof KINDS)[number];
  const from = String(o.apiVersion).split('/')[1] as Version;
  const warnings: string[] = [];
  const object = referenceConvertOne(o, info.group, info.kind, from, to, { preserve }, warnings);
  return { object, errors: [], warnings };
}

function expectSame(input: JsonObject, to: Version, preserve = true): void {
  const want = reference(input, to, preserve);
  const frozen = deepFreeze(wire(input));
  const got = preserve ? convert(frozen, to) : convertWith(frozen, to, { preserve });
  expect(JSON.stringify(got)).toBe(JSON.stringify(want));
  expect(got).toEqual(want);
  expect(frozen).toEqual(input);
  expect(sharesWith(got.object, frozen)).toBe(false);
}

/** Whether any object or list of `a` is also one of `b`. */
function sharesWith(a: unknown, b: unknown): boolean {
  const inB = new Set<unknown>();
  const collect = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    inB.add(v);
    for (const x of Object.values(v)) collect(x);
  };
  collect(b);
  const find = (v: unknown): boolean => typeof v === 'object' && v !== null && (inB.has(v) || Object.values(v).some((x) => find(x)));
  return find(a);
}

describe.each(KINDS.map((k) => [k.kind, k] as const))('%s', (_name, k) => {
  test.each(VERSIONS.map((v) => [v]))('property: from %s to every version, as the deep-copy reference', (from) => {
    const base = arbitraryFor(schemaFile(k.group, from, k.kind), { apiVersion: `${k.group}/${from}`, kind: k.kind }, 5);
    const input = fc.tuple(base, fc.subarray([...FOREIGN], { maxLength: 4 })).map(([o, picks]) => withForeign(o, picks));
    fc.assert(
      fc.property(input, fc.constantFrom(...VERSIONS), fc.boolean(), (o, to, preserve) => {
        expectSame(o, to, preserve);
        // Back again: the record written on the way there is checked, used and removed.
        const there = convert(o, to).object as JsonObject;
        expectSame(there, from);
        // A record moved to another object, or edited, is ignored with a warning, as before.
        const forged = wire(there);
        const ann = (forged.metadata as JsonObject | undefined)?.annotations as JsonObject | undefined;
        const key = `conversion.cmapi.io/${from}`;
        if (ann?.[key] !== undefined) {
          ann[key] = String(ann[key]).replace(/"value":/, '"value":1,"x":');
          expectSame(forged, from);
          (forged.spec as JsonObject).changed = true;
          expectSame(forged, from);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

test('property: goDuration (Go-form text kept as is) equals re-printing the parsed duration', () => {
  const part = fc.tuple(fc.stringMatching(/^(0|[1-9][0-9]{0,7}|0[0-9]{1,2})$/), fc.constantFrom('h', 'm', 's', 'ms', '', '.5s'));
  const text = fc.oneof(
    fc.array(part, { minLength: 1, maxLength: 3 }).map((ps) => ps.map(([n, u]) => n + u).join('')),
    fc.string({ maxLength: 12 }),
  );
  fc.assert(
    fc.property(text, (s) => {
      expect(goDuration(s)).toBe(canonicalDuration(s));
    }),
    { numRuns: 3000, seed: SEED },
  );
  for (const s of ['2562047h0m0s', '2562046h59m59s', '2562047h47m16s', '2562048h0m0s', '9999999h0m0s', '1h0m0s', '60m0s', '0h1m0s'])
    expect(goDuration(s)).toBe(canonicalDuration(s));
});

test('property: copyAsJsonText equals a JSON text round trip, also for values JSON changes', () => {
  const odd = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, undefined, () => 1, new Date(0), { toJSON: () => 'x' });
  const value = fc.letrec((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      odd,
      fc.array(tie('v'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('a', '__proto__', 'toJSON', 'b'), tie('v'), { maxKeys: 3 }),
    ),
  })).v;
  fc.assert(
    fc.property(value, (v) => {
      const outcome = (f: () => unknown) => {
        try {
          return { value: f() };
        } catch (err) {
          return { threw: String(err) };
        }
      };
      const want = outcome(() => cloneJson(v));
      const got = outcome(() => copyAsJsonText(v));
      expect(got).toStrictEqual(want);
      expect(JSON.stringify(got)).toBe(JSON.stringify(want));
    }),
    { numRuns: 1000, seed: SEED },
  );
});

test('the v1-only fields and the values re-printed in Go form are distinct fields, none inside another (one walk does both)', () => {
  const parts = (p: string) => p.replaceAll('[*]', '.*').split('.');
  const within = (a: string[], b: string[]) => a.length <= b.length && a.every((s, i) => s === b[i]);
  for (const { kind } of KINDS) {
    for (const [reprinted] of GO_FORM_PATHS[kind])
      for (const dropped of V1_ONLY[kind]) {
        const [r, d] = [parts(reprinted), parts(dropped)];
        expect(within(r, d) || within(d, r), `${kind}: ${reprinted} / ${dropped}`).toBe(false);
      }
  }
});

test('a v1-only field under a key the spoke renames (azuredns → azureDNS) is dropped from the copy, never from the input', () => {
  const azure = { zoneType: 'AzurePrivateZone', managedIdentity: { clientID: 'c', tenantID: 't' }, subscriptionID: 's' };
  const challenge: JsonObject = {
    apiVersion: 'acme.cert-manager.io/v1alpha2',
    kind: 'Challenge',
    metadata: { name: 'c' },
    spec: { type: 'dns-01', authzURL: 'https://a', solver: { dns01: { azuredns: azure } } },
  };
  const issuer: JsonObject = {
    apiVersion: 'cert-manager.io/v1alpha3',
    kind: 'Issuer',
    metadata: { name: 'i' },
    spec: { acme: { server: 'https://s', solvers: [{ dns01: { azuredns: azure } }, { dns01: { azuredns: azure } }] } },
  };
  for (const o of [challenge, issuer]) for (const to of VERSIONS) for (const preserve of [true, false]) expectSame(o, to, preserve);
});

/** Sets `value` at a path pattern (`[*]`: a list of one item), creating what is missing. */
function setAt(o: JsonObject, path: string, value: unknown): void {
  const parts = path.replaceAll('[*]', '.*').split('.');
  let cur: unknown = o;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i] as string;
    const last = i === parts.length - 1;
    if (key === '*') {
      if (!Array.isArray(cur) || cur.length === 0) return;
      cur = cur[0];
      continue;
    }
    if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return;
    const rec = cur as JsonObject;
    if (last) rec[key] = value;
    else {
      if (typeof rec[key] !== 'object' || rec[key] === null) rec[key] = parts[i + 1] === '*' ? [{}] : {};
      cur = rec[key];
    }
  }
}

test('every v1-only field and every Go-form value, in every spelling the spokes rename, converts as the reference on frozen input', () => {
  for (const k of KINDS) {
    for (const from of VERSIONS) {
      const paths = [...V1_ONLY[k.kind], ...GO_FORM_PATHS[k.kind].map(([p]) => p)];
      const spellings = new Set(paths);
      if (from !== 'v1')
        for (const p of paths)
          for (const [hub, old] of SPOKES[from][k.kind].renames) if (p.startsWith(`${hub}.`)) spellings.add(old + p.slice(hub.length));
      const o: JsonObject = { apiVersion: `${k.group}/${from}`, kind: k.kind, metadata: { name: 'x' } };
      for (const p of spellings) setAt(o, p, p.endsWith('Time') || p.endsWith('time') ? '2024-01-01T01:00:00+01:00' : '2160h');
      for (const to of VERSIONS) for (const preserve of [true, false]) expectSame(o, to, preserve);
    }
  }
});
