// convert() spares its round trip when the spokes say converting back gives the input exactly
// (Spoke.oldRoundTrips / hubRoundTrips, src/conversion/convert-one.ts). Those tests must never say
// true wrongly: on generated objects full of the fields each spoke renames, maps, creates or
// deletes (both spellings at once, empty and odd values, objects where lists belong), whenever a
// test says true, toHub then fromHub (or fromHub then toHub) gives the object back. Each test
// must also say true often enough to matter, and false somewhere.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SPOKES } from '../../src/conversion/table.js';
import type { Spoke } from '../../src/conversion/types.js';
import { KINDS, type Kind, type OldVersion } from '../../src/scheme/kinds.js';
import { cloneJson, type JsonObject } from '../../src/util/json.js';

const SEED = 17;
const RUNS = 4000;

/** Values that the spokes treat differently: unset ones, both spellings of mapped ones, lists, objects. */
const value = fc.constantFrom<unknown>(
  null,
  '',
  0,
  false,
  [],
  ['Org'],
  ['a@example.com', 'b@example.com'],
  'RSA',
  'pkcs8',
  2048,
  'http-01',
  'HTTP-01',
  'dns-01',
  'DNS-01',
  'text',
  {},
  { a: 1 },
);

/** For fields whose values a spoke maps (`rsa` ↔ `RSA`): every spelling, often, and unset values. */
const spelled = fc.constantFrom<unknown>('rsa', 'RSA', 'ecdsa', 'ECDSA', 'Ed25519', 'pkcs1', 'PKCS1', 'PKCS8', 2048, '', 0, null, false);

/** Objects with a few of the given members (few, so that an object a test says true for is common). */
function some(members: Record<string, fc.Arbitrary<unknown>>, maxLength = 3): fc.Arbitrary<JsonObject> {
  const keys = Object.keys(members);
  return fc
    .subarray(keys, { maxLength: Math.min(maxLength, keys.length) })
    .chain((picked) =>
      fc.tuple(...picked.map((k) => members[k] as fc.Arbitrary<unknown>)).map((vs) => Object.fromEntries(picked.map((k, i) => [k, vs[i]]))),
    );
}
const orOdd = (a: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: value });
const specOf = (a: fc.Arbitrary<unknown>): fc.Arbitrary<JsonObject> =>
  fc.record({ metadata: fc.constant({ name: 'x' }), spec: orOdd(a) }).map((o) => JSON.parse(JSON.stringify(o)) as JsonObject);

// One generator per family of spokes, over that family's fields only, in themes of a few fields
// each: the cases that break a round trip need two or three of them together.
const certificate = specOf(
  fc.oneof(
    some({ emailAddresses: value, emailSANs: value, uris: value, uriSANs: value, commonName: value }),
    some({ organization: value, subject: orOdd(some({ organizations: value, countries: value })) }),
    fc.record({ privateKey: some({ algorithm: spelled, encoding: spelled, size: spelled, rotationPolicy: value }, 2) }),
    some(
      {
        privateKey: orOdd(some({ algorithm: spelled, encoding: spelled, size: spelled, rotationPolicy: value }, 2)),
        keyAlgorithm: spelled,
        keyEncoding: spelled,
        keySize: spelled,
      },
      4,
    ),
  ),
);
const csr = specOf(some({ csr: value, request: value, duration: value }));
const dns01 = orOdd(
  some({ clouddns: value, cloudDNS: value, azuredns: value, azureDNS: value, acmedns: value, acmeDNS: value, route53: value }, 2),
);
const challenge = specOf(some({ authzURL: value, authorizationURL: value, type: value, solver: orOdd(some({ dns01, http01: value })) }));
const issuer = specOf(
  fc.record({ acme: orOdd(some({ preferredChain: value, solvers: orOdd(fc.array(orOdd(fc.record({ dns01 })), { maxLength: 3 })) })) }),
);
const FAMILY: Record<Kind, fc.Arbitrary<JsonObject>> = {
  Certificate: certificate,
  CertificateRequest: csr,
  Order: csr,
  Issuer: issuer,
  ClusterIssuer: issuer,
  Challenge: challenge,
};

/** Every distinct spoke, with the first version and kind it serves. */
const spokes = new Map<Spoke, readonly [OldVersion, Kind]>();
for (const v of Object.keys(SPOKES) as OldVersion[]) {
  for (const { kind } of KINDS) if (!spokes.has(SPOKES[v][kind])) spokes.set(SPOKES[v][kind], [v, kind]);
}

const DIRECTIONS = [
  ['oldRoundTrips', 'toHub then fromHub'],
  ['hubRoundTrips', 'fromHub then toHub'],
] as const;

describe.each([...spokes].map(([spoke, [v, kind]]) => [`${kind} ${v}`, spoke, kind] as const))('%s spoke', (_name, spoke, kind) => {
  test.each(DIRECTIONS)('property: when %s holds, %s gives the object back', (which) => {
    const [there, back] = which === 'oldRoundTrips' ? [spoke.toHub, spoke.fromHub] : [spoke.fromHub, spoke.toHub];
    let held = 0;
    let refused = 0;
    fc.assert(
      fc.property(FAMILY[kind], (o) => {
        if (!spoke[which](o)) {
          refused++;
          return;
        }
        held++;
        const c = cloneJson(o);
        there(c);
        back(c);
        expect(c).toEqual(o);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(held).toBeGreaterThan(RUNS / 10);
    if (spoke.renames.length > 0) expect(refused).toBeGreaterThan(RUNS / 100);
  });
});
