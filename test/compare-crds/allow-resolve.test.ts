// The allow-list matching and the $ref resolution of the CRD comparison.
import { describe, expect, test } from 'vitest';
import { findAllowance, parseAllowList } from '../../scripts/compare-crds/allow.js';
import { resolveRefs } from '../../scripts/compare-crds/resolve.js';

describe('allow-list', () => {
  const { entries } = parseAllowList({
    entries: [
      { target: ['g/v1alpha*/K', 'g/v1beta1/K'], path: 'spec.extra', contains: 'not in the CRD', reason: 'documented' },
      { target: '*', path: 'metadata', reason: 'ObjectMeta' },
    ],
  });
  const d = (path: string, what = 'not in the CRD (ours: type "string")') => ({ path, what });

  test('an entry covers its path and everything below it, for matching targets only', () => {
    expect(findAllowance(entries, 'g/v1alpha2/K', d('spec.extra'))?.reason).toBe('documented');
    expect(findAllowance(entries, 'g/v1beta1/K', d('spec.extra.deep[]'))?.reason).toBe('documented');
    expect(findAllowance(entries, 'g/v1/K', d('spec.extra'))).toBeUndefined();
    expect(findAllowance(entries, 'g/v1alpha2/K', d('spec.extraMore'))).toBeUndefined();
    expect(findAllowance(entries, 'other/v1/X', d('metadata.labels{}'))?.reason).toBe('ObjectMeta');
  });
  test('contains restricts an entry to differences with that text', () => {
    expect(findAllowance(entries, 'g/v1alpha2/K', d('spec.extra', 'type: CRD "string", ours "integer"'))).toBeUndefined();
  });
  test('entries without a reason or target are problems, not silent allowances', () => {
    const r = parseAllowList([
      { target: '*', path: 'a', reason: ' ' },
      { path: 'b', reason: 'x' },
      { target: 'x', path: 'c', reason: 'ok' },
    ]);
    expect(r.entries.map((e) => e.path)).toEqual(['c']);
    expect(r.problems).toHaveLength(2);
  });
});

describe('resolveRefs', () => {
  const files: Record<string, unknown> = {
    '/s/g/v1/K.json': { type: 'object', properties: { spec: { $ref: '../../_defs/Spec.json', description: 'here' } } },
    '/s/_defs/Spec.json': { type: 'object', properties: { ref: { $ref: 'Ref.json' }, frag: { $ref: 'Both.json#/definitions/x' } } },
    '/s/_defs/Ref.json': { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    '/s/_defs/Both.json': { definitions: { x: { type: 'integer' } } },
    '/s/_defs/Loop.json': { type: 'object', properties: { self: { $ref: 'Loop.json' } } },
  };
  const read = (p: string) => files[p];

  test('relative refs, fragments and keywords beside $ref', () => {
    expect(resolveRefs(files['/s/g/v1/K.json'], '/s/g/v1/K.json', read)).toEqual({
      type: 'object',
      properties: {
        spec: {
          type: 'object',
          description: 'here',
          properties: {
            ref: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
            frag: { type: 'integer' },
          },
        },
      },
    });
  });
  test('a reference cycle stops instead of recursing forever', () => {
    const out = resolveRefs({ $ref: 'Loop.json' }, '/s/_defs/X.json', read) as { properties: { self: unknown } };
    expect(out.properties.self).toEqual({ $ref: 'Loop.json', 'x-cycle': true });
  });
});
