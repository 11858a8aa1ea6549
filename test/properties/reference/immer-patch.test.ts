import fjp from 'fast-json-patch';
import { describe, expect, test } from 'vitest';
import { produceJsonPatch } from './immer-patch.js';

const apply = (doc: unknown, patch: unknown[]) =>
  fjp.applyPatch(structuredClone(doc), structuredClone(patch) as fjp.Operation[], true, false).newDocument;

describe('immer patches as RFC 6902', () => {
  test('keys with / and ~ are escaped, so fast-json-patch applies the result', () => {
    const base = { metadata: { annotations: { 'a/b': 'x' } as Record<string, string> } };
    const { result, patch } = produceJsonPatch(base, (d) => {
      d.metadata.annotations['cert-manager.io/issuer~name'] = 'ca';
      delete d.metadata.annotations['a/b'];
    });
    expect(patch).toEqual([
      { op: 'add', path: '/metadata/annotations/cert-manager.io~1issuer~0name', value: 'ca' },
      { op: 'remove', path: '/metadata/annotations/a~1b' },
    ]);
    expect(apply(base, patch)).toEqual(result);
  });

  test('array indices become pointer tokens; additions append', () => {
    const base = { items: [{ a: 1 }, { a: 2 }] };
    const { result, patch } = produceJsonPatch(base, (d) => {
      (d.items[1] as { a: number; b?: number }).b = 3;
      d.items.push({ a: 4 });
    });
    expect(apply(base, patch)).toEqual(result);
    expect(patch).toContainEqual({ op: 'add', path: '/items/1/b', value: 3 });
    expect(patch).toContainEqual({ op: 'add', path: '/items/2', value: { a: 4 } });
  });

  test('a frozen base is accepted, left alone, and the result is not frozen', () => {
    const base = Object.freeze({ spec: Object.freeze({ x: 1 }) });
    const { result, patch } = produceJsonPatch(base as { spec: { x: number; y?: number } }, (d) => {
      d.spec.y = 2;
    });
    expect(base).toEqual({ spec: { x: 1 } });
    expect(Object.isFrozen(result)).toBe(false);
    expect(Object.isFrozen(result.spec)).toBe(false);
    expect(patch).toEqual([{ op: 'add', path: '/spec/y', value: 2 }]);
  });

  test('patch values are copies, not shared with the result', () => {
    const { result, patch } = produceJsonPatch({} as { spec?: { a: number } }, (d) => {
      d.spec = { a: 1 };
    });
    const op = patch[0] as { value: { a: number } };
    op.value.a = 99;
    expect(result.spec).toEqual({ a: 1 });
  });

  test('no change gives an empty patch', () => {
    expect(produceJsonPatch({ a: 1 }, () => {}).patch).toEqual([]);
  });
});
