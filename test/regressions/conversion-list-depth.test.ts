/**
 * Issue 15 §2: `convert` deep-copied the whole list at every level of nested core `v1 List`s,
 * so a CertificateList of five Lists nested 1000 deep (216 KB) took 5–7 s, and depth 2000
 * overflowed the stack. Lists are now walked with an explicit stack (timings: bench/). Lists may
 * nest MAX_LIST_DEPTH (400) deep; beyond that, and beyond the general nesting limit of 1000 JSON
 * levels (util/depth.ts, SECURITY.md), the answer is one clear error.
 */
import { describe, expect, test } from 'vitest';
import { convert, MAX_LIST_DEPTH } from '../../src/conversion/convert.js';

const cert = {
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: { name: 'c' },
  spec: { secretName: 's', duration: '2160h' },
};
function nested(depth: number): unknown {
  let v: unknown = cert;
  for (let i = 0; i < depth; i++) v = { apiVersion: 'v1', kind: 'List', metadata: { n: i }, items: [v] };
  return v;
}
function innermost(v: unknown): unknown {
  let o = v as { kind?: string; items?: unknown[] };
  while (o.kind === 'List') o = o.items?.[0] as typeof o;
  return o;
}

describe('nested core v1 Lists', () => {
  test(`Lists nested ${MAX_LIST_DEPTH} deep convert, every level kept`, () => {
    const r = convert(nested(MAX_LIST_DEPTH), 'cert-manager.io/v1beta1');
    expect(r.errors).toEqual([]);
    expect(innermost(r.object)).toEqual({
      ...cert,
      apiVersion: 'cert-manager.io/v1beta1',
      spec: { secretName: 's', duration: '2160h0m0s' },
    });
    expect((r.object as { metadata: unknown }).metadata).toEqual({ n: MAX_LIST_DEPTH - 1 });
  });
  test(`a CertificateList of five Lists nested ${MAX_LIST_DEPTH - 1} deep converts`, () => {
    const list = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'CertificateList',
      items: [0, 1, 2, 3, 4].map(() => nested(MAX_LIST_DEPTH - 1)),
    };
    const r = convert(list, 'cert-manager.io/v1alpha2');
    expect(r.errors).toEqual([]);
    expect((r.object as { apiVersion: string }).apiVersion).toBe('cert-manager.io/v1alpha2');
  });
  test.each([1000, 2000, 5000])('the reproducer shape, Lists nested %i deep, is one clear error beyond the nesting limit', (depth) => {
    const list = { apiVersion: 'cert-manager.io/v1', kind: 'CertificateList', items: [0, 1, 2, 3, 4].map(() => nested(depth)) };
    const r = convert(list, 'cert-manager.io/v1');
    expect(r.object).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.detail).toMatch(/more than \d+ levels/);
  });
  test.each([MAX_LIST_DEPTH + 2])('Lists nested %i deep are a clear error, not a stack overflow', (depth) => {
    const r = convert(nested(depth), 'cert-manager.io/v1');
    expect(r.object).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.type).toBe('FieldValueInvalid');
    expect(r.errors[0]?.detail).toContain(`more than ${MAX_LIST_DEPTH} levels`);
    expect(r.errors[0]?.field).toMatch(new RegExp(`^(items\\[0\\]\\.){${MAX_LIST_DEPTH}}items\\[0\\]$`));
  });
  test('the input is not changed and the output shares nothing with it', () => {
    const input = nested(3) as { items: { metadata: { n: number } }[] };
    const before = JSON.stringify(input);
    const r = convert(input, 'cert-manager.io/v1alpha3');
    const first = (r.object as { items: { metadata: { n: number } }[] }).items[0];
    if (first) first.metadata.n = 99;
    expect(JSON.stringify(input)).toBe(before);
  });
});
