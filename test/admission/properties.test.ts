// Acceptance: arbitrary JSON (and mutated valid reviews) into both handlers always yields an
// AdmissionReview whose response.uid equals the request's uid when one was readable, and never
// throws or rejects.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { handleMutation, handleValidation } from '../../src/index.js';
import type { AdmissionReview } from '../../src/index.js';
import { certificate, certificateRequest, reviewOf } from './reviews.js';

const handlers = { handleValidation, handleMutation };
const CODES = [200, 400, 403, 500];

function expectWellFormed(answer: AdmissionReview, body: unknown): void {
  const r = answer.response;
  expect(typeof r.uid).toBe('string');
  expect(typeof r.allowed).toBe('boolean');
  expect(CODES).toContain(r.status.code);
  const request = (body as { request?: { uid?: unknown } } | null)?.request;
  if (typeof request?.uid === 'string') expect(r.uid).toBe(request.uid);
  if (r.allowed) expect(r.status).toEqual({ code: 200 });
  else expect(r.status.message).toBeTruthy();
  expect(r.patch === undefined).toBe(r.patchType === undefined);
  if (r.patch !== undefined) expect(r.allowed).toBe(true);
  expect(() => JSON.stringify(answer)).not.toThrow();
}

const userInfo = fc.record(
  {
    username: fc.oneof(fc.string(), fc.jsonValue()),
    uid: fc.oneof(fc.string(), fc.jsonValue()),
    groups: fc.oneof(fc.array(fc.string()), fc.jsonValue()),
    extra: fc.oneof(fc.dictionary(fc.string(), fc.array(fc.string())), fc.jsonValue()),
  },
  { requiredKeys: [] },
);
const gvr = fc.record({
  group: fc.constantFrom('cert-manager.io', 'acme.cert-manager.io', '', 'example.io'),
  version: fc.constantFrom('v1', 'v1alpha2', ''),
  resource: fc.constantFrom('certificates', 'certificaterequests', 'issuers', 'clusterissuers', 'orders', 'challenges', 'pods', ''),
});
const objects = fc.oneof(
  fc.constant(certificate()),
  fc.constant(certificateRequest({ issuerRef: { name: 'ca' }, request: 'dGVzdA==' }, [{ type: 'Approved', status: 'True' }])),
  fc.jsonValue(),
  fc.record({
    apiVersion: fc.constantFrom('cert-manager.io/v1', 'acme.cert-manager.io/v1', 'v1'),
    kind: fc.string(),
    spec: fc.jsonValue(),
  }),
);
/** Reviews that are valid in shape but vary every field the handlers read. */
const reviews = fc
  .record(
    {
      uid: fc.oneof(fc.string(), fc.jsonValue()),
      operation: fc.oneof(fc.constantFrom('CREATE', 'UPDATE', 'DELETE', 'CONNECT'), fc.jsonValue()),
      resource: fc.oneof(gvr, fc.jsonValue()),
      subResource: fc.constantFrom('', 'status'),
      userInfo: fc.oneof(userInfo, fc.jsonValue()),
      object: objects,
      oldObject: objects,
      dryRun: fc.oneof(fc.boolean(), fc.jsonValue()),
    },
    { requiredKeys: [] },
  )
  .map((request) => ({ ...reviewOf({}), request }));
const bodies = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  reviews,
  fc.record({ apiVersion: fc.jsonValue(), kind: fc.jsonValue(), request: fc.jsonValue() }),
);
const options = fc.record(
  {
    plugins: fc.oneof(fc.subarray(['identity', 'approval', 'validation', 'defaults']), fc.jsonValue()),
    authorize: fc.constantFrom(
      () => true,
      async () => false,
      () => {
        throw new Error('boom');
      },
    ),
    discover: fc.constantFrom(
      () => ({ resource: 'issuers', namespaced: true }),
      () => null,
      async () => undefined,
      () => 'nonsense',
    ),
  },
  { requiredKeys: [] },
);

describe.each(Object.entries(handlers))('%s on arbitrary input', (_name, handle) => {
  test('never throws or rejects; echoes a readable uid; the answer is well formed', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, options, async (body, opts) => {
        expectWellFormed(await handle(body, opts as never), body);
      }),
      { numRuns: 400 },
    );
  });
});
