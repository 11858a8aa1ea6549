import { describe, expect, test } from 'vitest';
import { fe } from '../../src/field/field-error.js';
import { fieldError, renderMessage, textError } from '../../src/admission/message.js';
import { limitWarnings } from '../../src/admission/warnings.js';
import { encodeBase64Json } from '../../src/admission/base64.js';

describe('denial message (admission.md §2.3)', () => {
  test('§2.3: one error is its text alone', () => {
    expect(renderMessage([fieldError(fe.required('spec.request', 'must be specified'))])).toBe(
      'spec.request: Required value: must be specified',
    );
  });

  test('§2.3: several errors are flattened in chain order, joined as [a, b]', () => {
    const message = renderMessage([
      { fields: [fe.forbidden('spec.uid', 'uid identity must be that of the requester'), fe.invalid('spec.duration', '1s', 'too short')] },
      textError('internal error: x'),
    ]);
    expect(message).toBe(
      '[spec.uid: Forbidden: uid identity must be that of the requester, spec.duration: Invalid value: "1s": too short, internal error: x]',
    );
  });

  test('§2.3: repeated texts are dropped, keeping the first', () => {
    const unset = textError('internal error: admission request Resource field is unset');
    expect(renderMessage([unset, unset, unset])).toBe('internal error: admission request Resource field is unset');
    const a = fe.forbidden('metadata.annotations.cert-manager.io/foo', 'cannot change cert-manager annotation after creation');
    expect(renderMessage([{ fields: [a, a] }, fieldError(fe.required('spec', ''))])).toBe(
      '[metadata.annotations.cert-manager.io/foo: Forbidden: cannot change cert-manager annotation after creation, spec: Required value]',
    );
  });

  test('§2.3: values are shown by type (strings quoted, numbers bare, others JSON)', () => {
    const texts = [fe.invalid('a', 'x'), fe.invalid('b', 2048), fe.notSupported('c', true), fe.invalid('d', ['x', 1])].map((e) =>
      renderMessage([fieldError(e)]),
    );
    expect(texts).toEqual(['a: Invalid value: "x"', 'b: Invalid value: 2048', 'c: Unsupported value: true', 'd: Invalid value: ["x",1]']);
  });
});

describe('warnings within the API server limits (admission.md §2.9)', () => {
  test('§2.9: kept in order; empty and repeated texts dropped', () => {
    expect(limitWarnings(['b', '', 'a', 'b'])).toEqual(['b', 'a']);
  });

  test('§2.9: past 4096 characters every warning is cut to 256, and what still does not fit is dropped', () => {
    const long = Array.from({ length: 30 }, (_, i) => `${i}`.padEnd(300, 'x'));
    const out = limitWarnings(long);
    expect(out.every((w) => [...w].length === 256)).toBe(true);
    expect(out).toEqual(long.slice(0, out.length).map((w) => w.slice(0, 256)));
    expect(out.reduce((n, w) => n + w.length + 8, 0)).toBeLessThanOrEqual(4096);
    expect(out.length).toBe(15);
  });

  test('§2.9: short warnings under the total are untouched', () => {
    const w = ['a'.repeat(1000), 'b'.repeat(1000)];
    expect(limitWarnings(w)).toEqual(w);
  });
});

describe('patch encoding', () => {
  test('base64 of the UTF-8 JSON text, without Buffer in the core', () => {
    const ops = [{ op: 'add', path: '/spec/username', value: 'zoë 🐱' }];
    expect(encodeBase64Json(ops)).toBe(Buffer.from(JSON.stringify(ops), 'utf8').toString('base64'));
    const big = 'y'.repeat(100_000);
    expect(Buffer.from(encodeBase64Json(big), 'base64').toString('utf8')).toBe(JSON.stringify(big));
  });
});
