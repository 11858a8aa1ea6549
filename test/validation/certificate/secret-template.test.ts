import { describe, expect, test } from 'vitest';
import { errorsFor, pairs } from './run.js';

const tmpl = (secretTemplate: unknown) => errorsFor({ secretTemplate });
const LABELS = 'FieldValueInvalid spec.secretTemplate.labels';
const ANNOTATIONS = 'FieldValueInvalid spec.secretTemplate.annotations';

describe('secretTemplate', () => {
  test('CERT-SECRETTEMPLATE-LABEL-KEY: label keys must be qualified names', () => {
    expect(pairs(tmpl({ labels: { app: 'web', 'example.com/tier': 'front' } }))).toEqual([]);
    const errs = tmpl({ labels: { 'bad key': 'v', '/x': 'v' } });
    expect(pairs(errs)).toEqual([LABELS, LABELS]);
    expect(errs.map((e) => e.badValue)).toEqual(['/x', 'bad key']);
  });

  test('CERT-SECRETTEMPLATE-LABEL-VALUE: label values must be valid label values', () => {
    expect(pairs(tmpl({ labels: { a: '' } }))).toEqual([]);
    const errs = tmpl({ labels: { a: '-v-' } });
    expect(pairs(errs)).toEqual([LABELS]);
    expect(errs[0]!.badValue).toBe('-v-');
  });

  test('CERT-SECRETTEMPLATE-ANNOTATION-RESERVED: cert-manager.io/ annotations except allow-direct-injection', () => {
    expect(pairs(tmpl({ annotations: { 'cert-manager.io/allow-direct-injection': 'true', 'Cert-Manager.io/x': 'y' } }))).toEqual([]);
    const errs = tmpl({ annotations: { 'cert-manager.io/alt-names': 'x', 'cert-manager.io/certificate-name': 'y' } });
    expect(pairs(errs)).toEqual([ANNOTATIONS, ANNOTATIONS]);
    expect(errs.map((e) => e.badValue)).toEqual(['cert-manager.io/alt-names', 'cert-manager.io/certificate-name']);
  });

  test('CERT-SECRETTEMPLATE-ANNOTATION-KEY: annotation keys are checked lower-cased', () => {
    expect(pairs(tmpl({ annotations: { 'Example.com/Foo': 'x' } }))).toEqual([]);
    expect(pairs(tmpl({ annotations: { 'a/b/c': 'x' } }))).toEqual([ANNOTATIONS]);
  });

  test('CERT-SECRETTEMPLATE-ANNOTATIONS-TOOLONG: keys and values together at most 262144 bytes', () => {
    expect(pairs(tmpl({ annotations: { a: 'x'.repeat(262143) } }))).toEqual([]);
    expect(pairs(tmpl({ annotations: { a: 'x'.repeat(262144) } }))).toEqual(['FieldValueTooLong spec.secretTemplate.annotations']);
  });

  test('secretTemplate: order is labels, reserved annotations, annotation keys, size', () => {
    const errs = tmpl({
      labels: { 'x y': 'v' },
      annotations: { 'cert-manager.io/a b': 'x'.repeat(262144) },
    });
    expect(pairs(errs)).toEqual([LABELS, ANNOTATIONS, ANNOTATIONS, 'FieldValueTooLong spec.secretTemplate.annotations']);
    expect(errs[1]!.detail).toContain('reserved');
  });
});
