// Regression (issue 15 §11): "never throws" broke on hostile values. validate, convert and
// applyDefaults threw on `{ get apiVersion() { throw { toString() { throw 1 } } } }` (identify
// read the getter unguarded, and the catch-all's `String(err)` threw again);
// handleConversion(new Proxy({}, { get() { throw 1 } })) threw (the review version was read
// outside the guard). And an UPDATE whose Challenge solver held an own key named `constructor`,
// `toString` or `hasOwnProperty` returned InternalError: the deep-equal looked the key up in its
// shape table and found Object.prototype's member.
import { describe, expect, test } from 'vitest';
import {
  applyDefaults,
  convert,
  handleConversion,
  handleMutation,
  handleValidation,
  identify,
  renderFieldError,
  validate,
} from '../../src/index.js';
import { describeThrown } from '../../src/util/describe.js';
import { expectedUsages } from '../../src/validation/certificaterequest/expected-usages.js';

const unprintable = {
  toString: () => {
    throw 1;
  },
};
const throwingGetter = () => ({
  get apiVersion(): string {
    throw unprintable;
  },
});
const throwingProxy = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw 1;
      },
      ownKeys: () => {
        throw 1;
      },
      getPrototypeOf: () => {
        throw 1;
      },
      has: () => {
        throw 1;
      },
    },
  );
const hostile: ReadonlyArray<readonly [string, () => unknown]> = [
  ['a getter throwing an unprintable value', throwingGetter],
  ['a Proxy whose traps throw', throwingProxy],
];

const admission = (object: unknown, oldObject?: unknown) => ({
  apiVersion: 'admission.k8s.io/v1',
  kind: 'AdmissionReview',
  request: {
    uid: 'uid-1',
    kind: { group: 'acme.cert-manager.io', version: 'v1', kind: 'Challenge' },
    resource: { group: 'acme.cert-manager.io', version: 'v1', resource: 'challenges' },
    operation: oldObject === undefined ? 'CREATE' : 'UPDATE',
    userInfo: { username: 'alice' },
    object,
    oldObject,
  },
});

test('describeThrown never throws', () => {
  expect(describeThrown(unprintable)).toBe('an unprintable value');
  expect(describeThrown(throwingProxy())).toBe('an unprintable value');
  expect(describeThrown(new TypeError('bad'))).toBe('TypeError: bad');
  expect(describeThrown('text')).toBe('text');
});

describe.each(hostile)('%s', (_, make) => {
  test('identify, validate, applyDefaults and convert answer with errors', () => {
    const id = identify(make());
    expect(id.ok).toBe(false);
    expect(validate(make()).errors.length).toBeGreaterThan(0);
    expect(applyDefaults(make()).errors.length).toBeGreaterThan(0);
    expect(convert(make(), 'cert-manager.io/v1').errors.length).toBeGreaterThan(0);
  });
  test('as the review, the adapters answer a failure', async () => {
    expect((await handleValidation(make())).response?.allowed).toBe(false);
    expect((await handleMutation(make())).response?.allowed).toBe(false);
    expect(handleConversion(make()).response?.result.status).toBe('Failure');
  });
  test('as the object of a review, the adapters answer a failure', async () => {
    expect((await handleValidation(admission(make()))).response?.allowed).toBe(false);
    expect((await handleMutation(admission(make()))).response?.allowed).toBe(false);
    const review = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'ConversionReview',
      request: { uid: 'u', desiredAPIVersion: 'cert-manager.io/v1', objects: [make()] },
    };
    expect(handleConversion(review).response?.result.status).toBe('Failure');
  });
  test('renderFieldError prints something', () => {
    expect(typeof renderFieldError(make() as never)).toBe('string');
  });
});

describe('UPDATE with own keys named like Object.prototype members (H-DEEPEQUAL)', () => {
  const challenge = (solverExtra: string) =>
    JSON.parse(
      '{"apiVersion":"acme.cert-manager.io/v1","kind":"Challenge","metadata":{"name":"c","namespace":"default"},' +
        '"spec":{"url":"https://acme.example.com/chall/1","authorizationURL":"https://acme.example.com/authz/1",' +
        '"dnsName":"example.com","type":"HTTP-01","token":"t","key":"k","issuerRef":{"name":"ca"},' +
        `"solver":{"http01":{"ingress":{}}${solverExtra}}}}`,
    );
  for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    test(`an unchanged solver with "${key}": {} is allowed, not an InternalError`, async () => {
      const extra = `,"${key}":{}`;
      expect(validate(challenge(extra), { operation: 'UPDATE', oldObject: challenge(extra), schema: false }).errors).toEqual([]);
      expect((await handleValidation(admission(challenge(extra), challenge(extra)))).response).toMatchObject({ allowed: true });
    });
    test(`a solver that gains "${key}" is a change to the immutable spec`, async () => {
      const { errors } = validate(challenge(`,"${key}":{"a":1}`), { operation: 'UPDATE', oldObject: challenge(''), schema: false });
      expect(errors.map((e) => [e.type, e.field])).toEqual([['FieldValueForbidden', 'spec']]);
    });
  }
});

test('renderFieldError labels an error type named like an Object.prototype member as itself', () => {
  expect(renderFieldError({ type: 'constructor' as never, field: 'spec', detail: 'x' })).toBe('spec: constructor: x');
});

test('a CertificateRequest usage named like an Object.prototype member asks for no key usage', () => {
  expect(expectedUsages(false, ['constructor', 'toString', 'server auth'])).toEqual({ keyUsage: 0, extKeyUsage: ['server auth'] });
});
