import { describe, expect, test } from 'vitest';
import { handleMutation, handleValidation } from '../../src/index.js';
import { certificate, certificateCreate, deepFreeze, reviewOf, resource } from './reviews.js';

const handlers = { handleValidation, handleMutation };

describe.each(Object.entries(handlers))('%s envelope (admission.md §2.1, §2.4)', (_name, handle) => {
  test('§2.1: echoes uid, apiVersion and kind; an allowed answer has status.code 200 and nothing else', async () => {
    const answer = await handle(reviewOf({ uid: 'abc', operation: 'DELETE' }));
    expect(answer).toEqual({
      apiVersion: 'admission.k8s.io/v1',
      kind: 'AdmissionReview',
      response: { uid: 'abc', allowed: true, status: { code: 200 } },
    });
  });

  test('§2.1: a v1beta1 review is answered in v1beta1', async () => {
    const answer = await handle({ ...reviewOf({ operation: 'CONNECT' }), apiVersion: 'admission.k8s.io/v1beta1' });
    expect(answer.apiVersion).toBe('admission.k8s.io/v1beta1');
    expect(answer.response.allowed).toBe(true);
  });

  test('§2.1: a review without apiVersion/kind is answered as admission.k8s.io/v1', async () => {
    const { request } = reviewOf({ operation: 'DELETE' });
    const answer = await handle({ request });
    expect(answer.apiVersion).toBe('admission.k8s.io/v1');
    expect(answer.kind).toBe('AdmissionReview');
  });

  test.each([
    ['a string', 'not a review'],
    ['null', null],
    ['an array', [reviewOf({})]],
  ])('§2.4 A: %s is answered 400 with uid "" and no apiVersion/kind', async (_label, body) => {
    const answer = await handle(body);
    expect(answer).toEqual({
      response: { uid: '', allowed: false, status: { code: 400, message: expect.stringContaining('AdmissionReview') } },
    });
  });

  test('§2.4 A: another review type is 400, the readable uid still echoed', async () => {
    const answer = await handle({ ...reviewOf({ uid: 'u-9' }), apiVersion: 'apiextensions.k8s.io/v1', kind: 'ConversionReview' });
    expect(answer.apiVersion).toBeUndefined();
    expect(answer.response).toMatchObject({ uid: 'u-9', allowed: false, status: { code: 400 } });
    expect(answer.response.status.message).toMatch(/admission\.k8s\.io\/v1 or admission\.k8s\.io\/v1beta1/);
  });

  test('§2.4 A: a review without a request is rejected with 400', async () => {
    const answer = await handle({ apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview' });
    expect(answer.response).toMatchObject({ uid: '', allowed: false, status: { code: 400, message: expect.stringMatching(/no request/) } });
  });

  test.each([
    ['operation', 42, /request\.operation must be a string/],
    ['userInfo', { groups: 'admins' }, /request\.userInfo must be/],
    ['resource', ['certificates'], /request\.resource must be/],
    ['dryRun', 'yes', /request\.dryRun must be a boolean/],
  ])('§2.4 A: request.%s of the wrong JSON type does not decode (400)', async (key, value, message) => {
    const answer = await handle(reviewOf({ uid: 'u-1', [key]: value }));
    expect(answer.response).toMatchObject({ uid: 'u-1', allowed: false, status: { code: 400, message: expect.stringMatching(message) } });
  });

  test('§2.4 A: a uid that is not a string is not echoed', async () => {
    const answer = await handle(reviewOf({ uid: 7 }));
    expect(answer.response.uid).toBe('');
    expect(answer.response.status.code).toBe(400);
  });

  test('§1.3/§1.4: DELETE, CONNECT and unknown or absent operations are allowed without decoding', async () => {
    for (const operation of ['DELETE', 'CONNECT', 'PATCH', '', undefined]) {
      const answer = await handle(reviewOf({ operation, resource: resource('certificaterequests'), object: 'garbage', oldObject: 7 }));
      expect(answer.response).toEqual({ uid: 'uid-1', allowed: true, status: { code: 200 } });
    }
  });

  test('§2.8: dryRun changes nothing', async () => {
    const wet = certificateCreate();
    const dry = structuredClone(wet);
    (dry.request as Record<string, unknown>).dryRun = true;
    expect(await handle(dry)).toEqual(await handle(wet));
  });

  test('inputs are never mutated (deeply frozen review and options)', async () => {
    const review = deepFreeze(certificateCreate());
    const options = deepFreeze({ plugins: ['identity', 'approval', 'validation', 'defaults'] as const });
    await expect(handle(review, options)).resolves.toMatchObject({ response: { uid: 'uid-1' } });
  });

  test('options of the wrong type are ignored rather than thrown on', async () => {
    const answer = await handle(certificateCreate(), 'not options' as never);
    expect(answer.response.uid).toBe('uid-1');
    const again = await handle(certificateCreate(), { plugins: 'identity', authorize: 3, discover: {} } as never);
    expect(again.response.uid).toBe('uid-1');
  });
});

describe('validation answers', () => {
  test('§2.2: a plugin denial is 403 Forbidden with the rendered error', async () => {
    const answer = await handleValidation(reviewOf({ resource: resource('certificates'), object: certificate({ secretName: '' }) }));
    expect(answer.response).toMatchObject({ allowed: false, status: { code: 403, reason: 'Forbidden' } });
    expect(answer.response.status.message).toContain('spec.secretName: Required value');
  });

  test('§2.11: a validation answer never carries a patch', async () => {
    const answer = await handleValidation(certificateCreate(), { plugins: ['defaults', 'validation'] });
    expect(answer.response).toEqual({ uid: 'uid-1', allowed: true, status: { code: 200 } });
  });
});
