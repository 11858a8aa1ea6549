// Regression (issue 15 §5): more than ~120 000 field errors from one list item turned into an
// InternalError. The item's errors were appended with `errors.push(...itemErrors)`, which passes
// every error as a call argument, and V8 throws a RangeError when they no longer fit the stack.
import { expect, test } from 'vitest';
import { validate } from '../../src/index.js';
import { appendAll } from '../../src/util/append.js';

test('appendAll appends a million items without a RangeError', () => {
  const target = [0];
  const items = Array.from({ length: 1_000_000 }, (_, i) => i + 1);
  expect(appendAll(target, items)).toBe(target);
  expect(target.length).toBe(1_000_001);
  expect(target[1_000_000]).toBe(1_000_000);
});

test('a CertificateList item with 200 000 errors reports each of them, not an InternalError', () => {
  const n = 200_000;
  const certificate = {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: 'web', namespace: 'default' },
    spec: { secretName: 'web-tls', issuerRef: { name: 'ca' }, dnsNames: Array.from({ length: n }, () => 5) },
  };
  const { errors } = validate({ apiVersion: 'cert-manager.io/v1', kind: 'CertificateList', items: [certificate] });
  expect(errors.filter((e) => e.type === 'InternalError')).toEqual([]);
  expect(errors.filter((e) => e.type === 'FieldValueTypeInvalid')).toHaveLength(n);
  expect(errors[n - 1]?.field).toBe(`items[0].spec.dnsNames[${n - 1}]`);
});
