// Unit tests of the CRD comparison (scripts/compare-crds) on small inline schemas.
import { describe, expect, test } from 'vitest';
import { canonical, compareSchemas } from '../../scripts/compare-crds/diff.js';
import { normalize } from '../../scripts/compare-crds/normalize.js';

const str = { type: 'string' };

describe('normalize', () => {
  test('a type list with null means the type plus nullable', () => {
    expect(normalize({ type: ['string', 'null'] }).facts).toEqual({ type: 'string', nullable: true });
  });
  test('int-or-string drops the anyOf/type spelling', () => {
    const crd = normalize({ 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] });
    const ours = normalize({ 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }], type: 'string' });
    expect(crd.facts).toEqual({ 'x-kubernetes-int-or-string': true });
    expect(ours.facts).toEqual(crd.facts);
  });
  test('a single allOf is merged and additionalProperties false is ignored', () => {
    const n = normalize({ allOf: [{ type: 'object', properties: { a: str } }], additionalProperties: false, description: 'x' });
    expect(n.facts).toEqual({ type: 'object' });
    expect(Object.keys(n.properties ?? {})).toEqual(['a']);
    expect(n.additionalProperties).toBeUndefined();
  });
  test('enum and required are compared as sets; CEL rules by rule text', () => {
    const n = normalize({ enum: ['b', 'a'], required: ['y', 'x'], 'x-kubernetes-validations': [{ rule: 'self.a', message: 'm' }] });
    expect(n).toEqual(
      normalize({ enum: ['a', 'b'], required: ['x', 'y'], 'x-kubernetes-validations': [{ rule: 'self.a', message: 'other' }] }),
    );
  });
});

describe('compareSchemas', () => {
  test('identical schemas (apart from descriptions and key order) have no differences', () => {
    const crd = {
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'string', description: 'theirs' }, b: { type: 'array', items: str } },
    };
    const ours = {
      properties: { b: { items: str, type: 'array' }, a: { type: 'string', description: 'ours' } },
      required: ['a'],
      type: 'object',
    };
    expect(compareSchemas(crd, ours)).toEqual([]);
  });
  test('a property missing on one side is reported once, not for each descendant', () => {
    const deep = { type: 'object', properties: { x: { type: 'object', properties: { y: str } } } };
    const crd = { type: 'object', properties: { gone: deep, both: str } };
    const ours = { type: 'object', properties: { added: deep, both: str } };
    expect(compareSchemas(crd, ours)).toEqual([
      { path: 'added', what: 'not in the CRD (ours: type "object")' },
      { path: 'gone', what: 'missing from ours (CRD: type "object")' },
    ]);
  });
  test('keyword differences name the keyword and both values, with list items and map values in the path', () => {
    const crd = {
      type: 'object',
      properties: {
        l: { type: 'array', 'x-kubernetes-list-type': 'atomic', items: { type: 'string', enum: ['A', 'B'] } },
        m: { type: 'object', additionalProperties: { type: 'string', maxLength: 3 } },
      },
    };
    const ours = {
      type: 'object',
      properties: {
        l: { type: 'array', items: { type: 'string', enum: ['A'] } },
        m: { type: 'object', additionalProperties: { type: 'string' } },
      },
    };
    expect(compareSchemas(crd, ours)).toEqual([
      { path: 'l', what: 'x-kubernetes-list-type: CRD "atomic", ours (unset)' },
      { path: 'l[]', what: 'enum: CRD ["A","B"], ours ["A"]' },
      { path: 'm{}', what: 'maxLength: CRD 3, ours (unset)' },
    ]);
  });
  test('defaults compare by value whatever the key order; required lists by content', () => {
    const crd = { type: 'object', default: { a: 1, b: 2 }, required: ['a'] };
    expect(compareSchemas(crd, { type: 'object', default: { b: 2, a: 1 }, required: ['a'] })).toEqual([]);
    expect(compareSchemas(crd, { type: 'object', default: { a: 1 }, required: ['a', 'b'] }).map((d) => d.what)).toEqual([
      'default: CRD {"a":1,"b":2}, ours {"a":1}',
      'required: CRD ["a"], ours ["a","b"]',
    ]);
  });
  test('items or map values declared on one side only are reported', () => {
    expect(compareSchemas({ type: 'object', additionalProperties: str }, { type: 'object' })).toEqual([
      { path: '{}', what: 'map values missing from ours (CRD: type "string")' },
    ]);
  });
  test('canonical JSON sorts keys', () => {
    expect(canonical({ b: [1, { d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}');
  });
});
