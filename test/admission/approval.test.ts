import { afterEach, describe, expect, test, vi } from 'vitest';
import { handleValidation } from '../../src/index.js';
import type { AdmissionOptions, AuthorizationAttributes } from '../../src/index.js';
import { certificateRequest, reviewOf } from './reviews.js';

const approved = { type: 'Approved', status: 'True', reason: 'r', message: 'm' };
const denied = { type: 'Denied', status: 'True', reason: 'r', message: 'm' };
const ready = { type: 'Ready', status: 'True', reason: 'r', message: 'm' };
const spec = { issuerRef: { name: 'ca' }, request: 'dGVzdA==' };
const approver = { username: 'approver', uid: 'u-9', groups: ['approvers'] };

/** A `/status` UPDATE of a CertificateRequest from `before` to `after` conditions. */
type Condition = Record<string, unknown>;

function statusUpdate(before: Condition[] | undefined, after: Condition[], ref: object = spec.issuerRef) {
  return reviewOf({
    operation: 'UPDATE',
    resource: { group: 'cert-manager.io', version: 'v1', resource: 'certificaterequests' },
    subResource: 'status',
    userInfo: approver,
    object: certificateRequest({ ...spec, issuerRef: ref }, after),
    oldObject: certificateRequest({ ...spec, issuerRef: ref }, before),
  });
}

const only = (options: AdmissionOptions): AdmissionOptions => ({ plugins: ['approval'], ...options });
const allowOnly =
  (name: string) =>
  (a: AuthorizationAttributes): boolean =>
    a.name === name;

afterEach(() => {
  vi.useRealTimers();
});

describe('approval plugin (admission.md §1.7)', () => {
  test('§1.7.1: no signer check runs for updates that add no Approved/Denied condition', async () => {
    const authorize = vi.fn(() => true);
    const discover = vi.fn(() => ({ resource: 'issuers', namespaced: true }));
    for (const [before, after] of [
      [undefined, [ready]],
      [[approved], [approved, ready]],
      [[denied], [denied]],
    ] as [Condition[] | undefined, Condition[]][]) {
      const answer = await handleValidation(statusUpdate(before, after), only({ authorize, discover }));
      expect(answer.response.allowed).toBe(true);
    }
    expect(authorize).not.toHaveBeenCalled();
    expect(discover).not.toHaveBeenCalled();
  });

  test('§1.7.1: only /status UPDATEs of certificaterequests are checked', async () => {
    const authorize = vi.fn(() => false);
    const review = statusUpdate(undefined, [approved]);
    (review.request as Record<string, unknown>).subResource = '';
    expect((await handleValidation(review, only({ authorize }))).response.allowed).toBe(true);
    expect(authorize).not.toHaveBeenCalled();
  });

  test('§1.7.2/§1.7.4: asks about <resource>.<group>/* then the namespaced name, with the SubjectAccessReview attributes', async () => {
    const seen: AuthorizationAttributes[] = [];
    const authorize = (a: AuthorizationAttributes) => {
      seen.push(a);
      return false;
    };
    const answer = await handleValidation(statusUpdate(undefined, [approved]), only({ authorize }));
    expect(answer.response.status.message).toBe(
      'status.conditions: Forbidden: user "approver" does not have permissions to set approved/denied conditions for issuer {ca  }',
    );
    expect(seen).toEqual([
      {
        user: approver,
        verb: 'approve',
        group: 'cert-manager.io',
        version: '*',
        resource: 'signers',
        name: 'issuers.cert-manager.io/*',
        namespace: '',
      },
      {
        user: approver,
        verb: 'approve',
        group: 'cert-manager.io',
        version: '*',
        resource: 'signers',
        name: 'issuers.cert-manager.io/team-a.ca',
        namespace: '',
      },
    ]);
  });

  test('§1.7.4: authorize and discover may be synchronous or asynchronous', async () => {
    const name = 'awspcaissuers.awspca.cert-manager.io/team-a.ca';
    const ref = { name: 'ca', kind: 'AWSPCAIssuer', group: 'awspca.cert-manager.io' };
    const syncOptions = only({ authorize: allowOnly(name), discover: () => ({ resource: 'awspcaissuers', namespaced: true }) });
    const asyncOptions = only({
      authorize: async (a) => allowOnly(name)(a),
      discover: async () => ({ resource: 'awspcaissuers', namespaced: true }),
    });
    for (const options of [syncOptions, asyncOptions]) {
      expect((await handleValidation(statusUpdate(undefined, [denied], ref), options)).response.allowed).toBe(true);
    }
  });

  test('§1.7.2: a cluster-scoped issuer is named without the namespace', async () => {
    const ref = { name: 'root', kind: 'ClusterIssuer' };
    const answer = await handleValidation(
      statusUpdate(undefined, [approved], ref),
      only({ authorize: allowOnly('clusterissuers.cert-manager.io/root') }),
    );
    expect(answer.response.allowed).toBe(true);
  });

  test('§1.7.4: an authorizer that throws denies with a clear message, without trying further names', async () => {
    const authorize = vi.fn(() => {
      throw new Error('connection refused');
    });
    const answer = await handleValidation(statusUpdate(undefined, [approved]), only({ authorize }));
    expect(answer.response).toMatchObject({ allowed: false, status: { code: 403, reason: 'Forbidden' } });
    expect(answer.response.status.message).toBe(
      'status.conditions: Forbidden: user "approver" does not have permissions to set approved/denied conditions for issuer {ca  } (the authorization check failed)',
    );
    expect(authorize).toHaveBeenCalledTimes(1);
  });

  test('§1.7.4: an authorizer that never answers times out into a denial', async () => {
    vi.useFakeTimers();
    const pending = handleValidation(statusUpdate(undefined, [approved]), only({ authorize: () => new Promise<boolean>(() => {}) }));
    await vi.advanceTimersByTimeAsync(5000);
    const answer = await pending;
    expect(answer.response.allowed).toBe(false);
    expect(answer.response.status.message).toMatch(/\(the authorization check timed out\)$/);
  });

  test('§1.7.4: without an authorizer, approving is denied and the message says why', async () => {
    const answer = await handleValidation(statusUpdate(undefined, [approved]), only({}));
    expect(answer.response.status.message).toMatch(/for issuer \{ca {2}\} \(no authorizer is configured/);
  });

  test('§1.7.3: an unknown signer is denied with the raw issuerRef', async () => {
    const ref = { name: 'x', kind: 'Foo', group: 'example.io' };
    const answer = await handleValidation(statusUpdate(undefined, [approved], ref), only({ authorize: () => true }));
    expect(answer.response.status.message).toBe('spec.issuerRef: Forbidden: referenced signer resource does not exist: {x Foo example.io}');
  });

  test('§1.7.3: a failing discovery denies with its error text', async () => {
    const discover = () => Promise.reject(new Error('the server is currently unable to handle the request'));
    const answer = await handleValidation(statusUpdate(undefined, [approved]), only({ authorize: () => true, discover }));
    expect(answer.response.status).toMatchObject({
      code: 403,
      message: expect.stringContaining('the server is currently unable to handle the request'),
    });
  });

  test('§1.7.3: found resources are cached for good per discover function', async () => {
    const discover = vi.fn(() => ({ resource: 'issuers', namespaced: true }));
    const options = only({ authorize: () => true, discover });
    await handleValidation(statusUpdate(undefined, [approved]), options);
    await handleValidation(statusUpdate(undefined, [denied]), options);
    expect(discover).toHaveBeenCalledTimes(1);
    const fresh = vi.fn(() => ({ resource: 'issuers', namespaced: true }));
    await handleValidation(statusUpdate(undefined, [denied]), { ...options, discover: fresh });
    expect(fresh).toHaveBeenCalledTimes(1);
  });

  test('§1.7.3: "group has no such kind" (null) is cached for 30 s; "no such group" (undefined) is not cached', async () => {
    vi.useFakeTimers();
    const missingKind = vi.fn(() => null);
    const missingGroup = vi.fn(() => undefined);
    for (const discover of [missingKind, missingGroup]) {
      const options = only({ authorize: () => true, discover });
      await handleValidation(statusUpdate(undefined, [approved]), options);
      await handleValidation(statusUpdate(undefined, [approved]), options);
      vi.advanceTimersByTime(30_001);
      const answer = await handleValidation(statusUpdate(undefined, [approved]), options);
      expect(answer.response.status.message).toMatch(/referenced signer resource does not exist/);
    }
    expect(missingKind).toHaveBeenCalledTimes(2);
    expect(missingGroup).toHaveBeenCalledTimes(3);
  });

  test('§1.7.3: a discovery answer of the wrong shape denies instead of throwing', async () => {
    const discover = () => ({ resource: 42 }) as never;
    const answer = await handleValidation(statusUpdate(undefined, [approved]), only({ authorize: () => true, discover }));
    expect(answer.response.status.message).toMatch(/expected \{resource: string, namespaced: boolean\}/);
  });
});
