// The adapter checklist of admission.md §6, item by item, through the public handlers.
import { describe, expect, test } from 'vitest';
import { handleMutation, handleValidation } from '../../src/index.js';
import { certificate, certificateRequest, patchOf, resource, reviewOf } from './reviews.js';

const crs = resource('certificaterequests');
const requester = { username: 'alice', uid: 'u-42', groups: ['dev'] };
const acmeIssuer = (eab: Record<string, unknown>) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Issuer',
  metadata: { name: 'le', namespace: 'default' },
  spec: { acme: { server: 'https://acme.example/dir', privateKeySecretRef: { name: '' }, externalAccountBinding: eab } },
});
const eab = { keyID: 'kid', keySecretRef: { name: 'eab', key: 'k' }, keyAlgorithm: 'HS256' };

describe('§6 validate adapter', () => {
  test('§6 validate 4: every handling plugin runs; errors aggregate in chain order as [a, b] (403 Forbidden)', async () => {
    // identity (recorded uid differs from the requester) and resource validation (no issuerRef.name) both fail.
    const object = certificateRequest({
      request: 'dGVzdA==',
      issuerRef: { name: '' },
      username: 'alice',
      uid: 'someone-else',
      groups: ['dev'],
    });
    const answer = await handleValidation(reviewOf({ resource: crs, userInfo: requester, object }));
    expect(answer.response).toEqual({
      uid: 'uid-1',
      allowed: false,
      status: {
        code: 403,
        reason: 'Forbidden',
        message: expect.stringMatching(
          /^\[spec\.uid: Forbidden: uid identity must be that of the requester, spec\.issuerRef\.name: Required value/,
        ),
      },
    });
  });

  test('§6 validate 4: the chain order decides the message order', async () => {
    const object = certificateRequest({ request: 'dGVzdA==', issuerRef: { name: '' }, username: 'alice', uid: 'x', groups: ['dev'] });
    const answer = await handleValidation(reviewOf({ resource: crs, userInfo: requester, object }), {
      plugins: ['validation', 'identity'],
    });
    expect(answer.response.status.message).toMatch(/^\[spec\.issuerRef\.name: Required value.*, spec\.uid: Forbidden: uid identity/);
  });

  test('§6 validate 4 / §2.9: warnings travel with the denial, the denial has no details', async () => {
    const answer = await handleValidation(reviewOf({ resource: resource('issuers'), object: acmeIssuer(eab) }));
    expect(answer.response).toEqual({
      uid: 'uid-1',
      allowed: false,
      status: { code: 403, reason: 'Forbidden', message: expect.stringContaining('spec.acme.privateKeySecretRef.name: Required value') },
      warnings: [expect.stringContaining("'externalAccount.keyAlgorithm' is deprecated")],
    });
  });

  test('§6 validate 5 / §2.1: an allowed answer with warnings is code 200 without reason or message', async () => {
    const ok = acmeIssuer(eab);
    (ok.spec.acme.privateKeySecretRef as { name: string }).name = 'le-key';
    const answer = await handleValidation({
      ...reviewOf({ uid: 'w-1', resource: resource('issuers'), object: ok }),
      apiVersion: 'admission.k8s.io/v1beta1',
    });
    expect(answer).toEqual({
      apiVersion: 'admission.k8s.io/v1beta1',
      kind: 'AdmissionReview',
      response: { uid: 'w-1', allowed: true, status: { code: 200 }, warnings: [expect.stringContaining('keyAlgorithm')] },
    });
  });

  test('§6 validate 3: an UPDATE without oldObject is 400 before any plugin runs', async () => {
    const answer = await handleValidation(reviewOf({ operation: 'UPDATE', resource: crs, object: certificateRequest() }));
    expect(answer.response).toEqual({
      uid: 'uid-1',
      allowed: false,
      status: { code: 400, message: expect.stringContaining('no content') },
    });
  });

  test('§2.2: an internal failure is 500 without reason, and the review is still echoed', async () => {
    const options = {
      get plugins(): never {
        throw new Error('kaput');
      },
    };
    const answer = await handleValidation(reviewOf({ resource: crs, object: certificateRequest() }), options as never);
    expect(answer).toEqual({
      apiVersion: 'admission.k8s.io/v1',
      kind: 'AdmissionReview',
      response: { uid: 'uid-1', allowed: false, status: { code: 500, message: expect.stringContaining('kaput') } },
    });
  });
});

describe('§6 mutate adapter', () => {
  test('§6 mutate: the same envelope; a changed object is allowed with patch and patchType JSONPatch', async () => {
    const object = certificateRequest({ request: 'dGVzdA==' });
    const answer = await handleMutation({
      ...reviewOf({ uid: 'm-1', resource: crs, userInfo: requester, object }),
      apiVersion: 'admission.k8s.io/v1beta1',
    });
    expect(answer).toEqual({
      apiVersion: 'admission.k8s.io/v1beta1',
      kind: 'AdmissionReview',
      response: { uid: 'm-1', allowed: true, status: { code: 200 }, patch: expect.any(String), patchType: 'JSONPatch' },
    });
    expect(new Set(patchOf(answer))).toEqual(
      new Set([
        { op: 'add', path: '/spec/uid', value: 'u-42' },
        { op: 'add', path: '/spec/username', value: 'alice' },
        { op: 'add', path: '/spec/groups', value: ['dev'] },
      ]),
    );
  });

  test('§6 mutate / §2.10: no difference means no patch and no patchType', async () => {
    const object = certificateRequest({ request: 'dGVzdA==', uid: 'u-42', username: 'alice', groups: ['dev'] });
    const answer = await handleMutation(reviewOf({ resource: crs, userInfo: requester, object }));
    expect(answer.response).toEqual({ uid: 'uid-1', allowed: true, status: { code: 200 } });
  });

  test('§6 mutate: the first plugin error denies (403, no patch) and is the whole message', async () => {
    const object = { ...certificateRequest(), spec: 'not an object' };
    const answer = await handleMutation(reviewOf({ resource: crs, object }), { plugins: ['identity', 'defaults'] });
    expect(answer.response).toEqual({
      uid: 'uid-1',
      allowed: false,
      status: { code: 403, reason: 'Forbidden', message: expect.stringContaining('spec must be an object') },
    });
    expect(answer.response.status.message).not.toMatch(/^\[/);
  });

  test('§6 mutate / §2.7: a CREATE with an unset resource is 403 with the internal error', async () => {
    const answer = await handleMutation(reviewOf({ object: certificateRequest() }));
    expect(answer.response).toEqual({
      uid: 'uid-1',
      allowed: false,
      status: { code: 403, reason: 'Forbidden', message: 'internal error: admission request Resource field is unset' },
    });
  });

  test('§6 mutate: DELETE is allowed unchanged even when a handling plugin would object', async () => {
    const answer = await handleMutation(reviewOf({ operation: 'DELETE', object: null, oldObject: certificate() }), {
      plugins: ['identity'],
    });
    expect(answer.response).toEqual({ uid: 'uid-1', allowed: true, status: { code: 200 } });
  });

  test('§6 mutate / §1.4: UPDATE decodes the object (400 without kind) but identity changes nothing', async () => {
    const bad = await handleMutation(reviewOf({ operation: 'UPDATE', resource: crs, object: { spec: {} } }));
    expect(bad.response.status.code).toBe(400);
    const object = certificateRequest({ request: 'dGVzdA==' });
    const ok = await handleMutation(reviewOf({ operation: 'UPDATE', resource: crs, userInfo: requester, object, oldObject: object }));
    expect(ok.response).toEqual({ uid: 'uid-1', allowed: true, status: { code: 200 } });
  });
});

describe('§2.6 resource / kind mismatch', () => {
  const statusUpdate = (object: unknown, oldObject: unknown) =>
    reviewOf({ operation: 'UPDATE', resource: crs, subResource: 'status', object, oldObject });

  test('§2.6: the approval plugin checks object, then oldObject, for *certmanager.CertificateRequest', async () => {
    const only = { plugins: ['approval'] as const };
    const wrong = await handleValidation(statusUpdate(certificate(), certificateRequest()), only);
    expect(wrong.response.status).toEqual({
      code: 403,
      reason: 'Forbidden',
      message: 'internal error: object in admission request is not of type *certmanager.CertificateRequest',
    });
    const wrongOld = await handleValidation(statusUpdate(certificateRequest(), certificate()), only);
    expect(wrongOld.response.status.message).toBe(
      'internal error: oldObject in admission request is not of type *certmanager.CertificateRequest',
    );
  });

  test('§2.6: resource validation checks oldObject on UPDATE with the table type', async () => {
    const answer = await handleValidation(
      reviewOf({ operation: 'UPDATE', resource: resource('certificates'), object: certificate(), oldObject: certificateRequest() }),
      { plugins: ['validation'] },
    );
    expect(answer.response.status.message).toBe('internal error: oldObject in admission request is not of type *certmanager.Certificate');
  });

  test('§2.6: in the production chain all three plugins report the same mismatch once', async () => {
    const answer = await handleValidation(statusUpdate(certificate(), certificate()));
    expect(answer.response.status.message).toBe(
      'internal error: object in admission request is not of type *certmanager.CertificateRequest',
    );
  });
});

describe('§2.3 paths in the message', () => {
  test('§2.3: annotation keys are dotted children; additionalOutputFormats uses the [type] key', async () => {
    const cr = (value: string) => ({
      ...certificateRequest({ issuerRef: { name: 'ca' }, request: 'dGVzdA==' }),
      metadata: { name: 'cr', namespace: 'a', annotations: { 'cert-manager.io/foo': value } },
    });
    const update = await handleValidation(reviewOf({ operation: 'UPDATE', resource: crs, object: cr('b'), oldObject: cr('a') }), {
      plugins: ['validation'],
    });
    expect(update.response.status.message).toMatch(/^metadata\.annotations\.cert-manager\.io\/foo: Forbidden: /);
    const formats = certificate({ additionalOutputFormats: [{ type: 'DER' }, { type: 'DER' }] });
    const create = await handleValidation(reviewOf({ resource: resource('certificates'), object: formats }), { plugins: ['validation'] });
    expect(create.response.status.message).toMatch(/^spec\.additionalOutputFormats\[type\]: Duplicate value: "DER"/);
  });
});
