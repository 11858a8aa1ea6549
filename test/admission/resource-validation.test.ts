import { describe, expect, test } from 'vitest';
import { handleMutation, handleValidation } from '../../src/index.js';
import { certificate, certificateRequest, patchOf, resource, reviewOf } from './reviews.js';

const only = { plugins: ['validation'] as const };
const issuerEab = {
  apiVersion: 'cert-manager.io/v1',
  kind: 'Issuer',
  metadata: { name: 'acme', namespace: 'default' },
  spec: {
    acme: {
      server: 'https://acme.example.com/directory',
      privateKeySecretRef: { name: 'acme-key' },
      externalAccountBinding: { keyID: 'id', keySecretRef: { name: 's', key: 'k' }, keyAlgorithm: 'HS256' },
      solvers: [{ http01: { ingress: {} } }],
    },
  },
};

describe('resource-validation plugin (admission.md §1.8)', () => {
  test('DISPATCH: validates by request.resource; the subresource is ignored', async () => {
    const object = certificate({ secretName: '' });
    for (const subResource of ['', 'status']) {
      const answer = await handleValidation(reviewOf({ resource: resource('certificates'), subResource, object }), only);
      expect(answer.response.status.message).toContain('spec.secretName: Required value');
    }
  });

  test('DISPATCH: resources outside the table (another version, group or resource) are not validated', async () => {
    const object = certificate({ secretName: '' });
    for (const r of [{ ...resource('certificates'), version: 'v1beta1' }, resource('certificates', 'example.io'), resource('secrets')]) {
      expect((await handleValidation(reviewOf({ resource: r, object }), only)).response.allowed).toBe(true);
    }
  });

  test('DISPATCH-TYPE-MISMATCH: the Go type name of the expected kind', async () => {
    const answer = await handleValidation(reviewOf({ resource: resource('orders', 'acme.cert-manager.io'), object: certificate() }), only);
    expect(answer.response.status.message).toBe('internal error: object in admission request is not of type *acme.Order');
  });

  test('DISPATCH: UPDATE passes the old object (CertificateRequest spec is immutable)', async () => {
    const old = certificateRequest({ issuerRef: { name: 'a' }, request: 'dGVzdA==' });
    const object = certificateRequest({ issuerRef: { name: 'b' }, request: 'dGVzdA==' });
    const answer = await handleValidation(
      reviewOf({ operation: 'UPDATE', resource: resource('certificaterequests'), object, oldObject: old }),
      only,
    );
    expect(answer.response.status.message).toContain('spec: Forbidden');
  });

  test('§2.9: warnings travel on allowed answers', async () => {
    const answer = await handleValidation(reviewOf({ resource: resource('issuers'), object: issuerEab }), only);
    expect(answer.response.allowed).toBe(true);
    expect(answer.response.warnings).toEqual([expect.stringContaining('keyAlgorithm')]);
  });

  test('featureGates pass through to validation', async () => {
    const object = certificate({ isCA: true, nameConstraints: { permitted: { dnsDomains: ['example.com'] } } });
    const review = reviewOf({ resource: resource('certificates'), object });
    expect((await handleValidation(review, only)).response.allowed).toBe(true);
    const off = await handleValidation(review, { ...only, featureGates: { NameConstraints: false } });
    expect(off.response.status.message).toContain('spec.nameConstraints: Forbidden');
  });
});

describe('defaults plugin (opt-in mutation)', () => {
  test('fills in the defaults of a cert-manager object as a patch', async () => {
    const object = certificate({ issuerRef: { name: 'ca' } });
    const answer = await handleMutation(reviewOf({ resource: resource('certificates'), object }), { plugins: ['defaults'] });
    expect(answer.response).toMatchObject({ allowed: true, patchType: 'JSONPatch' });
    expect(patchOf(answer)).toEqual(
      expect.arrayContaining([
        { op: 'add', path: '/spec/issuerRef/kind', value: 'Issuer' },
        { op: 'add', path: '/spec/issuerRef/group', value: 'cert-manager.io' },
      ]),
    );
  });

  test('is not part of the default mutation chain, and leaves foreign kinds alone', async () => {
    const object = certificate({ issuerRef: { name: 'ca' } });
    expect((await handleMutation(reviewOf({ resource: resource('certificates'), object }))).response.patch).toBeUndefined();
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } };
    const answer = await handleMutation(reviewOf({ resource: { group: '', version: 'v1', resource: 'pods' }, object: pod }), {
      plugins: ['defaults'],
    });
    expect(answer.response).toEqual({ uid: 'uid-1', allowed: true, status: { code: 200 } });
  });

  test('runs after identity when both are chosen', async () => {
    const object = certificateRequest({ issuerRef: { name: 'ca' }, request: 'dGVzdA==' });
    const answer = await handleMutation(reviewOf({ resource: resource('certificaterequests'), object }), {
      plugins: ['identity', 'defaults'],
    });
    const paths = patchOf(answer).map((op) => (op as { path: string }).path);
    expect(paths).toEqual(expect.arrayContaining(['/spec/username', '/spec/issuerRef/kind']));
  });
});
