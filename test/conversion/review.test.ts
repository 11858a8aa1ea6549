/**
 * handleConversion (admission.md §3, §6 "Convert adapter"): all or nothing, order kept, uid
 * echoed, Failure 400 naming the object; malformed reviews answered, never thrown.
 */
import { describe, expect, test } from 'vitest';
import { handleConversion } from '../../src/admission/conversion-review.js';

const cert = (i: number, version: string) => ({
  apiVersion: `cert-manager.io/${version}`,
  kind: 'Certificate',
  metadata: { name: `c${i}`, namespace: 'ns' },
  spec: { secretName: `s${i}`, issuerRef: { name: 'ca' }, keyAlgorithm: 'ecdsa', emailSANs: ['a@example.com'] },
});
const review = (request: unknown, apiVersion = 'apiextensions.k8s.io/v1') => ({ apiVersion, kind: 'ConversionReview', request });

describe('handleConversion', () => {
  test('1,000 mixed objects convert in one call, in order, with the uid echoed', () => {
    const objects = Array.from({ length: 1000 }, (_, i) => cert(i, ['v1alpha2', 'v1alpha3', 'v1beta1'][i % 3] as string));
    const { response } = handleConversion(review({ uid: 'u-1', desiredAPIVersion: 'cert-manager.io/v1', objects }));
    expect(response.uid).toBe('u-1');
    expect(response.result).toEqual({ status: 'Success' });
    expect(response.convertedObjects?.map((o) => (o.metadata as { name: string }).name)).toEqual(objects.map((o) => o.metadata.name));
    expect(response.convertedObjects?.every((o) => o.apiVersion === 'cert-manager.io/v1')).toBe(true);
  });

  test('a v1beta1 review is answered in v1beta1', () => {
    const r = handleConversion(
      review({ uid: 'u', desiredAPIVersion: 'cert-manager.io/v1', objects: [cert(0, 'v1alpha2')] }, 'apiextensions.k8s.io/v1beta1'),
    );
    expect(r.apiVersion).toBe('apiextensions.k8s.io/v1beta1');
    expect(r.response.result.status).toBe('Success');
  });

  test('an empty objects list succeeds with no converted objects', () => {
    const { response } = handleConversion(review({ uid: 'u', desiredAPIVersion: 'cert-manager.io/v1', objects: [] }));
    expect(response).toEqual({ uid: 'u', convertedObjects: [], result: { status: 'Success' } });
  });

  test('one failing object fails the review; the message names its index, kind and name', () => {
    const objects = [cert(0, 'v1alpha2'), { ...cert(1, 'v1alpha2'), apiVersion: 'cert-manager.io/v9' }];
    const { response } = handleConversion(review({ uid: 'u', desiredAPIVersion: 'cert-manager.io/v1', objects }));
    expect(response.convertedObjects).toBeUndefined();
    expect(response.result).toMatchObject({ status: 'Failure', code: 400, reason: 'BadRequest' });
    expect(response.result.message).toMatch(/^Failed to decode into apiVersion: objects\[1\] \(Certificate ns\/c1\)/);
  });

  test('§7 every converted object carries desiredAPIVersion: a core v1 List cannot be decoded, so the review fails', () => {
    const list = { apiVersion: 'v1', kind: 'List', items: [cert(0, 'v1alpha2')] };
    const { response } = handleConversion(review({ uid: 'u', desiredAPIVersion: 'cert-manager.io/v1', objects: [list] }));
    expect(response.convertedObjects).toBeUndefined();
    expect(response.result).toMatchObject({ status: 'Failure', code: 400, reason: 'BadRequest' });
    expect(response.result.message).toMatch(/^Failed to decode into apiVersion: objects\[0\] \(List <no name>\)/);
  });

  test('§7 converted objects keep kind, name, namespace, uid, labels and annotations', () => {
    const object = {
      ...cert(0, 'v1alpha2'),
      metadata: { name: 'c0', namespace: 'ns', uid: 'u-0', labels: { app: 'x' }, annotations: { 'example.com/a': 'b' } },
    };
    const { response } = handleConversion(review({ uid: 'u', desiredAPIVersion: 'cert-manager.io/v1beta1', objects: [object] }));
    const [out] = response.convertedObjects ?? [];
    expect(out?.apiVersion).toBe('cert-manager.io/v1beta1');
    expect(out?.kind).toBe('Certificate');
    expect(out?.metadata).toMatchObject(object.metadata);
  });

  test('§7 an empty desiredAPIVersion parses: with no objects the review succeeds, with one it fails to convert', () => {
    const empty = handleConversion(review({ uid: 'u', desiredAPIVersion: '', objects: [] }));
    expect(empty.response).toEqual({ uid: 'u', convertedObjects: [], result: { status: 'Success' } });
    const one = handleConversion(review({ uid: 'u', desiredAPIVersion: '', objects: [cert(0, 'v1')] }));
    expect(one.response.result.message).toMatch(/^Failed to convert to desired apiVersion: /);
  });

  test('§7 a failure echoes the uid and carries no converted objects', () => {
    const { response } = handleConversion(review({ uid: 'u-9', desiredAPIVersion: 'cert-manager.io/v7', objects: [cert(0, 'v1')] }));
    expect(response.uid).toBe('u-9');
    expect(response).not.toHaveProperty('convertedObjects');
    expect(response.result).toMatchObject({ status: 'Failure', code: 400, reason: 'BadRequest' });
  });

  test('a desiredAPIVersion with two slashes cannot be parsed', () => {
    const { response } = handleConversion(review({ uid: 'u', desiredAPIVersion: 'a/b/c', objects: [] }));
    expect(response.result.message).toBe('Failed to parse desired apiVersion: unexpected GroupVersion string: a/b/c');
  });

  test.each([
    ['null', null],
    ['a string', 'x'],
    ['another kind', { apiVersion: 'apiextensions.k8s.io/v1', kind: 'AdmissionReview', request: {} }],
    ['no request', { apiVersion: 'apiextensions.k8s.io/v1', kind: 'ConversionReview' }],
    ['objects not a list', review({ uid: 'u', desiredAPIVersion: 'cert-manager.io/v1', objects: 5 })],
    ['an object that is not an object', review({ uid: 'u', desiredAPIVersion: 'cert-manager.io/v1', objects: [7] })],
  ])('a malformed review (%s) gets a Failure, not a throw', (_label, body) => {
    const r = handleConversion(body);
    expect(r.kind).toBe('ConversionReview');
    expect(r.response.result).toMatchObject({ status: 'Failure', code: 400, reason: 'BadRequest' });
    expect(r.response.result.message).toBeTruthy();
  });
});
