import { describe, expect, test } from 'vitest';
import { handleValidation } from '../../src/index.js';
import { certificate, certificateRequest, resource, reviewOf } from './reviews.js';

const certs = resource('certificates');
const status = async (request: Record<string, unknown>) => (await handleValidation(reviewOf(request))).response;

describe('decoding the objects for /validate (admission.md §1.3 step 2, §2.4 B)', () => {
  test.each([
    ['absent', undefined],
    ['null', null],
    ['empty', {}],
  ])('§2.4 B: an object that is %s is 400 "no content"', async (_label, object) => {
    const r = await status({ resource: certs, object });
    expect(r).toEqual({
      uid: 'uid-1',
      allowed: false,
      status: { code: 400, message: expect.stringMatching(/^there is no content to decode/) },
    });
  });

  test('§2.4 B: on UPDATE the oldObject must decode too', async () => {
    const r = await status({ operation: 'UPDATE', resource: certs, object: certificate(), oldObject: null });
    expect(r.status).toEqual({ code: 400, message: expect.stringContaining('request.oldObject') });
  });

  test('§2.4 B: an object that is not a JSON object is 400', async () => {
    expect((await status({ resource: certs, object: ['x'] })).status).toMatchObject({
      code: 400,
      message: expect.stringMatching(/must be a JSON object/),
    });
  });

  test('§2.5: a kind the scheme does not know is 400 and names what it decodes', async () => {
    const r = await status({
      resource: { group: '', version: 'v1', resource: 'pods' },
      object: { apiVersion: 'v1', kind: 'Pod', spec: {} },
    });
    expect(r.status.code).toBe(400);
    expect(r.status.message).toMatch(/^no kind "Pod" is registered for version "v1".*cert-manager\.io\/v1 Certificate/);
  });

  test('§1.3: old versions are not registered for admission (the API server converts to v1 first)', async () => {
    const r = await status({ resource: certs, object: { ...certificate(), apiVersion: 'cert-manager.io/v1alpha2' } });
    expect(r.status).toMatchObject({ code: 400, message: expect.stringContaining('"cert-manager.io/v1alpha2"') });
  });

  test('§1.3: request.kind fills in what the object lacks', async () => {
    const { apiVersion: _a, kind: _k, ...bare } = certificate();
    const kind = { group: 'cert-manager.io', version: 'v1', kind: 'Certificate' };
    expect((await status({ resource: certs, kind, object: bare })).allowed).toBe(true);
    const r = await status({ resource: certs, object: bare });
    expect(r.status).toMatchObject({ code: 400, message: expect.stringMatching(/has no kind/) });
  });

  test('§2.4 B: fields Go cannot decode are 400 and named (wrong type, bad duration, bad base64)', async () => {
    const wrongType = await status({ resource: certs, object: certificate({ dnsNames: 'example.com' }) });
    expect(wrongType.status).toMatchObject({ code: 400, message: expect.stringContaining('spec.dnsNames: Invalid value') });
    const duration = await status({ resource: certs, object: certificate({ duration: '90 days' }) });
    expect(duration.status).toMatchObject({ code: 400, message: expect.stringContaining('spec.duration') });
    const crs = resource('certificaterequests');
    const bytes = await status({ resource: crs, object: certificateRequest({ issuerRef: { name: 'ca' }, request: '%%%' }) });
    expect(bytes.status).toMatchObject({ code: 400, message: expect.stringContaining('spec.request') });
  });

  test('§2.4: decode errors come before plugin errors (unset resource and bad object → 400)', async () => {
    expect((await status({ object: null })).status.code).toBe(400);
  });

  test('§1.3: unknown fields and nulls are not decoding problems', async () => {
    const object = { ...certificate({ commonName: null }), extra: { anything: true } };
    expect((await status({ resource: certs, object })).allowed).toBe(true);
  });
});

describe('registered list kinds (admission.md §2.4 B, §2.5, §2.6)', () => {
  const list = (items: unknown) => ({ apiVersion: 'cert-manager.io/v1', kind: 'CertificateList', metadata: {}, items });

  test('§2.5: a <Kind>List is registered, so it decodes; a resource outside the §1.8 table passes untouched', async () => {
    const r = await status({ resource: resource('widgets'), object: list([certificate()]) });
    expect(r).toEqual({ uid: 'uid-1', allowed: true, status: { code: 200 } });
  });

  test('§2.6: a list against a table resource is the type mismatch (403), not a decode error', async () => {
    const r = await status({ resource: certs, object: list([]) });
    expect(r.status).toEqual({
      code: 403,
      reason: 'Forbidden',
      message: 'internal error: object in admission request is not of type *certmanager.Certificate',
    });
  });

  test('§2.4 B: list items Go cannot decode are still 400', async () => {
    const notList = await status({ resource: resource('widgets'), object: list('nope') });
    expect(notList.status.code).toBe(400);
    const badItem = await status({ resource: resource('widgets'), object: list([certificate({ dnsNames: 'x' })]) });
    expect(badItem.status).toEqual({ code: 400, message: expect.stringContaining('items[0].spec.dnsNames: Invalid value') });
  });

  test('§2.4 B: a list of an old version is not registered on master (400)', async () => {
    const r = await status({ resource: resource('widgets'), object: { ...list([]), apiVersion: 'cert-manager.io/v1alpha2' } });
    expect(r.status.code).toBe(400);
  });
});
