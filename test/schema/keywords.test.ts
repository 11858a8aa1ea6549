/**
 * The schema check on a tiny model compiled by the real generator: one test per ajv keyword
 * and its FieldError mapping (rule IDs are cmapi's own SCHEMA-* ids, see src/schema/errors.ts).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { FieldError } from '../../src/field/field-error.js';
import type { SchemaValidator } from '../../src/schema/ajv-runtime.js';
import { checkWith } from '../../src/schema/check.js';
import type { ShapeTables } from '../../src/schema/shape.js';
import { compileTiny } from './tiny-model.js';

let validators: Record<string, SchemaValidator>;
let tables: ShapeTables;
beforeAll(async () => {
  ({ validators, tables } = await compileTiny());
});

function check(spec: unknown, extra: Record<string, unknown> = {}, kind = 'Certificate'): FieldError[] {
  const key = `cert-manager.io/v1/${kind}`;
  const object = { apiVersion: 'cert-manager.io/v1', kind, metadata: { name: 'x' }, spec, ...extra };
  return checkWith(object, validators[key] as SchemaValidator, tables.roots[key] ?? {}, tables, `cert-manager.io/v1 ${kind}`);
}
const brief = (errors: FieldError[]) => errors.map((e) => `${e.type} ${e.field}`);

describe('schema keywords', () => {
  test('a valid object has no errors', () => {
    const spec = {
      ref: { name: 'a', kind: 'A' },
      names: ['x'],
      ports: [{ name: 'h', port: 80 }],
      size: '10Mi',
      when: '2024-02-29T12:00:00Z',
    };
    expect(check(spec)).toEqual([]);
  });

  test('SCHEMA-REQUIRED: a missing required field is Required at parent.child', () => {
    expect(brief(check({}))).toEqual(['FieldValueRequired spec.ref']);
    expect(brief(check({ ref: {} }))).toEqual(['FieldValueRequired spec.ref.name']);
    expect(brief(check({ ref: { name: 'a' }, ports: [{ name: 'x' }] }))).toEqual(['FieldValueRequired spec.ports[0].port']);
  });

  test('SCHEMA-NULL: null counts as absent: no type error, and a null required field is Required', () => {
    expect(check({ ref: { name: 'a' }, when: null, names: null }, { status: null })).toEqual([]);
    expect(brief(check({ ref: null }))).toEqual(['FieldValueRequired spec.ref']);
    expect(brief(check(null, {}, 'Issuer'))).toEqual(['FieldValueRequired spec']);
  });

  test('SCHEMA-TYPE: a wrong JSON type is TypeInvalid with the value', () => {
    const errors = check({ ref: { name: 5 }, names: 'x' });
    expect(errors).toMatchObject([
      { type: 'FieldValueTypeInvalid', field: 'spec.ref.name', badValue: 5, detail: 'must be a string, not integer' },
      { type: 'FieldValueTypeInvalid', field: 'spec.names', badValue: 'x', detail: 'must be a list, not string' },
    ]);
  });

  test('SCHEMA-TYPE: a non-object root is one TypeInvalid at the root', () => {
    const validate = validators['cert-manager.io/v1/Certificate'] as SchemaValidator;
    expect(brief(checkWith('text', validate, tables.roots['cert-manager.io/v1/Certificate'] ?? {}, tables, 'x'))).toEqual([
      'FieldValueTypeInvalid ',
    ]);
  });

  test('SCHEMA-INT-OR-STRING: a wrong type gives exactly one TypeInvalid; pattern applies to strings', () => {
    expect(check({ ref: { name: 'a' }, size: true })).toMatchObject([
      { type: 'FieldValueTypeInvalid', field: 'spec.size', badValue: true, detail: 'must be an integer or a string, not boolean' },
    ]);
    expect(check({ ref: { name: 'a' }, size: 12 })).toEqual([]);
    expect(brief(check({ ref: { name: 'a' }, size: '12Ki' }))).toEqual(['FieldValueInvalid spec.size']);
  });

  test('SCHEMA-ENUM: a value outside the enum is NotSupported, naming the supported values', () => {
    expect(check({ ref: { name: 'a', kind: 'C' } })).toEqual([
      { type: 'FieldValueNotSupported', field: 'spec.ref.kind', badValue: 'C', detail: 'supported values: "A", "B"' },
    ]);
  });

  test('SCHEMA-PATTERN, SCHEMA-FORMAT, SCHEMA-MINIMUM, SCHEMA-MAXIMUM, SCHEMA-MINLENGTH: Invalid with the value', () => {
    const errors = check({
      ref: { name: 'a' },
      when: 'yesterday',
      ports: [
        { name: 'a', port: 0 },
        { name: 'b', port: 70000 },
      ],
      code: 'x',
    });
    expect(errors.map((e) => [e.type, e.field, e.badValue])).toEqual([
      ['FieldValueInvalid', 'spec.ports[0].port', 0],
      ['FieldValueInvalid', 'spec.ports[1].port', 70000],
      ['FieldValueInvalid', 'spec.when', 'yesterday'],
      ['FieldValueInvalid', 'spec.code', 'x'],
    ]);
    expect(errors[0]?.detail).toBe('must be >= 1');
    expect(errors[2]?.detail).toContain('RFC 3339');
  });

  test('SCHEMA-MAXLENGTH: too long a string is TooLong, counted in characters', () => {
    expect(check({ ref: { name: 'abcdef' } })).toEqual([
      { type: 'FieldValueTooLong', field: 'spec.ref.name', detail: 'may not be longer than 5 characters' },
    ]);
    expect(check({ ref: { name: '😀😀😀😀😀' } })).toEqual([]);
  });

  test('SCHEMA-MAXITEMS, SCHEMA-MINITEMS: TooMany with the count; too few items is Invalid', () => {
    expect(check({ ref: { name: 'a' }, names: ['a', 'b', 'c'] })).toMatchObject([
      { type: 'FieldValueTooMany', field: 'spec.names', badValue: 3 },
    ]);
    expect(check({ ref: { name: 'a' }, names: [] })).toMatchObject([{ type: 'FieldValueInvalid', field: 'spec.names', badValue: [] }]);
  });

  test('SCHEMA-MAXPROPERTIES: too many map entries is TooMany', () => {
    const byName = { a: { name: 'a' }, b: { name: 'b' }, c: { name: 'c' } };
    expect(check({ ref: { name: 'a' }, byName })).toMatchObject([{ type: 'FieldValueTooMany', field: 'spec.byName', badValue: 3 }]);
  });

  test('SCHEMA-UNKNOWN: an unknown field is Unknown at its own path, in objects, definitions and map values', () => {
    const errors = check({ ref: { name: 'a', nmae: 'b' }, extra: 1, byName: { 'x.y/z': { name: 'a', typo: true } } }, { metdata: {} });
    expect(brief(errors)).toEqual([
      'FieldValueUnknown metdata',
      'FieldValueUnknown spec.extra',
      'FieldValueUnknown spec.ref.nmae',
      'FieldValueUnknown spec.byName[x.y/z].typo',
    ]);
    expect(errors[0]?.detail).toBe(
      'unknown field "metdata", did you mean "metadata"? Allowed here (cert-manager.io/v1 Certificate): apiVersion, kind, metadata, spec',
    );
    expect(errors[2]?.detail).toContain('did you mean "name"? Allowed here (cert-manager.io/v1 Certificate): name, kind');
  });

  test('SCHEMA-UNKNOWN: ObjectMeta is declared, so metadata typos are caught too', () => {
    expect(brief(check({ ref: { name: 'a' } }, { metadata: { name: 'x', lables: {} } }))).toEqual(['FieldValueUnknown metadata.lables']);
  });

  test('SCHEMA-PATHS: map keys print in brackets, list items by index, JSON Pointer escapes undone', () => {
    const errors = check({ ref: { name: 'a' }, byName: { 'a/b~c': { name: 7 } } }, { metadata: { annotations: { 'example.com/key': 1 } } });
    expect(brief(errors)).toEqual([
      'FieldValueTypeInvalid metadata.annotations[example.com/key]',
      'FieldValueTypeInvalid spec.byName[a/b~c].name',
    ]);
  });

  test('SCHEMA-LIST-SET: a repeated item of a set list is Duplicate at its own index', () => {
    expect(check({ ref: { name: 'a' }, names: ['a', 'a'] })).toEqual([
      { type: 'FieldValueDuplicate', field: 'spec.names[1]', badValue: 'a', detail: 'list items must be unique' },
    ]);
    expect(brief(check({ ref: { name: 'a' } }, { metadata: { finalizers: ['f', 'g', 'f'] } }))).toEqual([
      'FieldValueDuplicate metadata.finalizers[2]',
    ]);
  });

  test('SCHEMA-LIST-MAP: items of a map list must be unique by their key fields', () => {
    const ports = [
      { name: 'a', port: 1 },
      { name: 'b', port: 1 },
      { name: 'a', port: 2 },
    ];
    expect(check({ ref: { name: 'a' }, ports })).toMatchObject([
      { type: 'FieldValueDuplicate', field: 'spec.ports[2]', badValue: { name: 'a' } },
    ]);
    const owners = [
      { apiVersion: 'v1', kind: 'A', name: 'a', uid: '1' },
      { apiVersion: 'v1', kind: 'B', name: 'b', uid: '1' },
    ];
    expect(brief(check({ ref: { name: 'a' } }, { metadata: { ownerReferences: owners } }))).toEqual([
      'FieldValueDuplicate metadata.ownerReferences[1]',
    ]);
  });

  test('SCHEMA-SHARED-DEF: a definition shared by two kinds reports paths of each kind', () => {
    expect(brief(check({ ref: { name: 'toolong' } }, {}, 'Issuer'))).toEqual(['FieldValueTooLong spec.ref.name']);
    expect(brief(check({ ref: { name: 'toolong' } }, {}, 'Certificate'))).toEqual(['FieldValueTooLong spec.ref.name']);
  });

  test('SCHEMA-NEVER-THROWS: arbitrary JSON never throws and is never mutated', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (spec, meta) => {
        const object = { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: meta, spec };
        const before = JSON.stringify(object);
        const validate = validators['cert-manager.io/v1/Certificate'] as SchemaValidator;
        const errors = checkWith(object, validate, tables.roots['cert-manager.io/v1/Certificate'] ?? {}, tables, 'x');
        expect(JSON.stringify(object)).toBe(before);
        for (const e of errors) expect(typeof e.field).toBe('string');
      }),
    );
  });
});

describe('robustness', () => {
  const deep = (n: number): unknown => {
    let v: unknown = 'x';
    for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v, b: null };
    return v;
  };

  test('SCHEMA-NEVER-THROWS: absurdly nested values do not exhaust the stack', () => {
    const errors = check(
      { ref: { name: 'a' }, names: [deep(200_000), deep(200_000)], byName: { x: deep(200_001) } },
      { status: deep(200_000) },
    );
    expect(brief(errors)).toEqual([
      'FieldValueUnknown status',
      'FieldValueTypeInvalid spec.names[0]',
      'FieldValueTypeInvalid spec.names[1]',
      'FieldValueRequired spec.byName[x].name',
      'FieldValueUnknown spec.byName[x].a',
    ]);
  });
});
