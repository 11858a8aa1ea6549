import { describe, expect, test } from 'vitest';
import { handleMutation, handleValidation } from '../../src/index.js';
import { certificate, certificateRequest, patchOf, resource, reviewOf } from './reviews.js';

const alice = { username: 'alice', uid: 'a-1', groups: ['dev', 'ops'], extra: { scopes: ['x', 'y'] } };
const crs = resource('certificaterequests');
const only = { plugins: ['identity'] as const };

describe('identity plugin, mutation (admission.md §1.6)', () => {
  test('§1.6 mutation: CREATE records the requester, overwriting what the client sent', async () => {
    const object = certificateRequest({ username: 'mallory', uid: 'm', groups: ['root'], extra: { k: ['v'] } });
    const answer = await handleMutation(reviewOf({ resource: crs, userInfo: alice, object }));
    expect(answer.response).toMatchObject({ allowed: true, status: { code: 200 }, patchType: 'JSONPatch' });
    expect(patchOf(answer)).toEqual(
      expect.arrayContaining([
        { op: 'replace', path: '/spec/uid', value: 'a-1' },
        { op: 'replace', path: '/spec/username', value: 'alice' },
        { op: 'remove', path: '/spec/extra/k' },
        { op: 'add', path: '/spec/extra/scopes', value: ['x', 'y'] },
      ]),
    );
  });

  test('§1.6 mutation: empty uid and groups are written; an empty extra is removed', async () => {
    const answer = await handleMutation(
      reviewOf({ resource: crs, userInfo: { username: 'bob', extra: {} }, object: certificateRequest({ extra: { a: ['b'] } }) }),
    );
    expect(patchOf(answer)).toEqual(
      expect.arrayContaining([
        { op: 'remove', path: '/spec/extra' },
        { op: 'add', path: '/spec/uid', value: '' },
        { op: 'add', path: '/spec/groups', value: [] },
      ]),
    );
  });

  test('§1.6 mutation: a missing spec is created; the kind is not checked', async () => {
    const object = { apiVersion: 'example.io/v1', kind: 'Anything' };
    const answer = await handleMutation(reviewOf({ resource: crs, object }));
    expect(patchOf(answer)).toEqual([{ op: 'add', path: '/spec', value: { uid: '', username: 'alice', groups: [] } }]);
  });

  test('§1.6 mutation: a spec that is not an object is denied (403)', async () => {
    const answer = await handleMutation(reviewOf({ resource: crs, object: { ...certificateRequest(), spec: 'nope' } }));
    expect(answer.response).toMatchObject({ allowed: false, status: { code: 403, reason: 'Forbidden' } });
    expect(answer.response.patch).toBeUndefined();
  });

  test('§1.6 mutation: UPDATE and other resources are left alone (no patch)', async () => {
    const object = certificateRequest({ username: 'mallory' });
    for (const request of [
      { operation: 'UPDATE', resource: crs, object, oldObject: object },
      { resource: resource('certificates'), object },
      { resource: { ...crs, group: 'example.io' }, object },
    ]) {
      const answer = await handleMutation(reviewOf(request));
      expect(answer.response).toEqual({ uid: 'uid-1', allowed: true, status: { code: 200 } });
    }
  });

  test('§1.4: a CREATE without an object, or with an object without kind, is 400', async () => {
    expect((await handleMutation(reviewOf({ resource: crs }))).response.status).toMatchObject({
      code: 400,
      message: expect.stringMatching(/no content/),
    });
    const noKind = await handleMutation(reviewOf({ resource: crs, object: { spec: {} } }));
    expect(noKind.response.status).toMatchObject({ code: 400, message: expect.stringMatching(/has no kind/) });
  });
});

describe('identity plugin, validation (admission.md §1.6)', () => {
  const recorded = { uid: 'a-1', username: 'alice', groups: ['ops', 'dev'], extra: { scopes: ['y', 'x'] } };

  test('§1.6 CREATE: the recorded identity matches the requester (order of groups and extra values ignored)', async () => {
    const answer = await handleValidation(reviewOf({ resource: crs, userInfo: alice, object: certificateRequest(recorded) }), only);
    expect(answer.response).toEqual({ uid: 'uid-1', allowed: true, status: { code: 200 } });
  });

  test('§1.6 CREATE: every mismatch is reported, in the order uid, username, groups, extra', async () => {
    const object = certificateRequest({ uid: 'x', username: 'bob', groups: ['dev'], extra: { scopes: ['x'] } });
    const answer = await handleValidation(reviewOf({ resource: crs, userInfo: alice, object }), only);
    expect(answer.response.status).toEqual({
      code: 403,
      reason: 'Forbidden',
      message:
        '[spec.uid: Forbidden: uid identity must be that of the requester, ' +
        'spec.username: Forbidden: username identity must be that of the requester, ' +
        'spec.groups: Forbidden: groups identity must be that of the requester, ' +
        'spec.extra: Forbidden: extra identity must be that of the requester]',
    });
  });

  test('§1.6 CREATE: an extra key the requester does not have is a mismatch', async () => {
    const object = certificateRequest({ ...recorded, extra: { scopes: ['x', 'y'], more: [] } });
    const answer = await handleValidation(reviewOf({ resource: crs, userInfo: alice, object }), only);
    expect(answer.response.status.message).toBe('spec.extra: Forbidden: extra identity must be that of the requester');
  });

  test('§1.6 UPDATE: the identity cannot change; extra absent differs from {}', async () => {
    const old = certificateRequest({ uid: 'a', username: 'alice', groups: ['a', 'b'] });
    const same = certificateRequest({ uid: 'a', username: 'alice', groups: ['b', 'a'] });
    const ok = await handleValidation(reviewOf({ operation: 'UPDATE', resource: crs, object: same, oldObject: old }), only);
    expect(ok.response.allowed).toBe(true);
    const changed = certificateRequest({ uid: 'a', username: 'eve', groups: ['a', 'b'], extra: {} });
    const denied = await handleValidation(
      reviewOf({ operation: 'UPDATE', resource: crs, subResource: 'status', object: changed, oldObject: old }),
      only,
    );
    expect(denied.response.status.message).toBe(
      '[spec.username: Forbidden: username identity cannot be changed once set, spec.extra: Forbidden: extra identity cannot be changed once set]',
    );
  });

  test('§2.6: an object or oldObject that is not a CertificateRequest is denied with the Go type name', async () => {
    const wrong = await handleValidation(reviewOf({ resource: crs, object: certificate() }), only);
    expect(wrong.response.status.message).toBe(
      'internal error: object in admission request is not of type *certmanager.CertificateRequest',
    );
    const wrongOld = await handleValidation(
      reviewOf({ operation: 'UPDATE', resource: crs, object: certificateRequest(), oldObject: certificate() }),
      only,
    );
    expect(wrongOld.response.status.message).toBe(
      'internal error: oldObject in admission request is not of type *certmanager.CertificateRequest',
    );
  });

  test('§2.7: an unset resource is denied once, however many plugins report it', async () => {
    const answer = await handleValidation(reviewOf({ object: certificateRequest() }));
    expect(answer.response.status).toEqual({
      code: 403,
      reason: 'Forbidden',
      message: 'internal error: admission request Resource field is unset',
    });
    const partial = await handleValidation(
      reviewOf({ resource: { group: '', version: '', resource: 'certificaterequests' }, object: certificateRequest() }),
    );
    expect(partial.response.allowed).toBe(true);
  });
});
