// Regression (issue 15 §8): an own `__proto__` key (JSON.parse and YAML make one) was never
// reported as an unknown field, and its children were checked as fields of the parent. The
// null-pruned copy the schema check runs on was built with `out[k] = …`, which for `__proto__`
// sets the copy's prototype instead of defining a key.
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { applyDefaults, validate } from '../../src/index.js';
import { withoutNulls } from '../../src/schema/prune.js';

const certificate = (spec: string, top = '') =>
  JSON.parse(
    `{"apiVersion":"cert-manager.io/v1","kind":"Certificate","metadata":{"name":"web","namespace":"default"},` +
      `"spec":{"secretName":"web-tls","issuerRef":{"name":"ca"},"dnsNames":["example.com"]${spec}}${top}}`,
  );

test('withoutNulls keeps an own __proto__ key as an own key', () => {
  const copy = withoutNulls(JSON.parse('{"__proto__":{"a":1,"b":null}}')) as object;
  expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  expect(Object.keys(copy)).toEqual(['__proto__']);
  expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ a: 1 });
});

test('spec.__proto__ is an unknown field, and its children are not read as spec fields', () => {
  const { errors } = validate(certificate(',"__proto__":{"bogus":1,"secretName":5}'));
  expect(errors.map((e) => [e.type, e.field])).toEqual([['FieldValueUnknown', 'spec.__proto__']]);
});

test('__proto__ at the top level and in metadata is an unknown field too', () => {
  expect(validate(certificate('', ',"__proto__":{"spec":1}')).errors.map((e) => [e.type, e.field])).toEqual([
    ['FieldValueUnknown', '__proto__'],
  ]);
  const object = certificate('');
  Object.defineProperty(object.metadata, '__proto__', { value: { labels: 5 }, enumerable: true });
  expect(validate(object).errors.map((e) => [e.type, e.field])).toEqual([['FieldValueUnknown', 'metadata.__proto__']]);
});

test('a YAML manifest with a __proto__ key is reported the same way', () => {
  const object = parse(
    'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: web}\n' +
      'spec: {secretName: web-tls, issuerRef: {name: ca}, dnsNames: [example.com], __proto__: {isCA: true}}\n',
  );
  expect(validate(object).errors.map((e) => [e.type, e.field])).toEqual([['FieldValueUnknown', 'spec.__proto__']]);
});

test('applyDefaults keeps __proto__ as a key of the copy and pollutes nothing', () => {
  const { object } = applyDefaults(certificate(',"__proto__":{"polluted":1}'));
  const spec = (object as { spec: object }).spec;
  expect(Object.getPrototypeOf(spec)).toBe(Object.prototype);
  expect(Object.hasOwn(spec, '__proto__')).toBe(true);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
