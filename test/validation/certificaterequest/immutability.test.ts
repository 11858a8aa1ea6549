import { describe, expect, test } from 'vitest';
import { certificateRequest, requestOf } from './csr-builder.js';
import { crErrors, pairs } from './run.js';

const request = requestOf();
const withAnnotations = (annotations: Record<string, string>, spec: Record<string, unknown> = { request }) => {
  const o = certificateRequest(spec);
  (o.metadata as Record<string, unknown>).annotations = annotations;
  return o;
};

describe('annotations', () => {
  test('CR-ANNOTATION-IMMUTABLE: changing a cert-manager.io annotation is reported by both passes', () => {
    const errs = crErrors(withAnnotations({ 'cert-manager.io/foo': 'b' }), withAnnotations({ 'cert-manager.io/foo': 'a' }));
    expect(pairs(errs)).toEqual([
      'FieldValueForbidden metadata.annotations.cert-manager.io/foo',
      'FieldValueForbidden metadata.annotations.cert-manager.io/foo',
    ]);
  });

  test('CR-ANNOTATION-IMMUTABLE: adding or removing a protected key is Forbidden; other keys are free', () => {
    expect(pairs(crErrors(withAnnotations({ 'acme.cert-manager.io/x': '1' }), withAnnotations({})))).toEqual([
      'FieldValueForbidden metadata.annotations.acme.cert-manager.io/x',
    ]);
    expect(pairs(crErrors(withAnnotations({}), withAnnotations({ 'cert-manager.io-foo': '1' })))).toEqual([
      'FieldValueForbidden metadata.annotations.cert-manager.io-foo',
    ]);
    expect(crErrors(withAnnotations({ 'example.com/a': '2' }), withAnnotations({ 'example.com/a': '1' }))).toEqual([]);
  });
});

describe('spec', () => {
  test('CR-SPEC-IMMUTABLE: any spec change is Forbidden at spec; an unchanged spec passes', () => {
    const old = certificateRequest({ request, usages: ['server auth'] });
    expect(pairs(crErrors(certificateRequest({ request, usages: ['client auth'] }), old))).toEqual(['FieldValueForbidden spec']);
    expect(crErrors(certificateRequest({ request, usages: ['server auth'] }), old)).toEqual([]);
  });

  test('CR-SPEC-IMMUTABLE: absent and [] differ for lists, absent and zero scalars do not (H-DEEPEQUAL)', () => {
    const old = certificateRequest({ request });
    expect(pairs(crErrors(certificateRequest({ request, usages: [] }), old))).toEqual(['FieldValueForbidden spec']);
    expect(crErrors(certificateRequest({ request, isCA: false, username: '' }), old)).toEqual([]);
  });

  test('CR-SPEC-IMMUTABLE: request bytes compare decoded, so line breaks in the base64 do not matter', () => {
    const wrapped = request.replace(/(.{76})/g, '$1\n');
    expect(crErrors(certificateRequest({ request: wrapped }), certificateRequest({ request }))).toEqual([]);
  });

  test('UPDATE error order: annotations, condition updates, base conditions, spec', () => {
    const old = withAnnotations({ 'cert-manager.io/a': '1' });
    (old as Record<string, unknown>).status = { conditions: [{ type: 'Approved', status: 'True' }] };
    const now = withAnnotations({}, { request, isCA: true });
    (now as Record<string, unknown>).status = { conditions: [{ type: 'Approved', status: 'False' }] };
    expect(pairs(crErrors(now, old))).toEqual([
      'FieldValueForbidden metadata.annotations.cert-manager.io/a',
      'FieldValueForbidden status.conditions',
      'FieldValueInvalid status.conditions.Approved',
      'FieldValueForbidden spec',
    ]);
  });
});

describe('CR-SPEC-IMMUTABLE: H-DEEPEQUAL on the decoded duration (§1.8, §9.23)', () => {
  test('durations compare as decoded values: 1h, 60m and 1h0m0s are the same; absent differs from 0s', () => {
    const old = certificateRequest({ request, duration: '1h' });
    expect(crErrors(certificateRequest({ request, duration: '60m' }), old)).toEqual([]);
    expect(crErrors(certificateRequest({ request, duration: '1h0m0s' }), old)).toEqual([]);
    expect(pairs(crErrors(certificateRequest({ request, duration: '2h' }), old))).toEqual(['FieldValueForbidden spec']);
    expect(pairs(crErrors(certificateRequest({ request, duration: '0s' }), certificateRequest({ request })))).toEqual([
      'FieldValueForbidden spec',
    ]);
    expect(crErrors(certificateRequest({ request, duration: null }), certificateRequest({ request }))).toEqual([]);
  });
});
