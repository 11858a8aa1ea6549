// Example manifests: every valid fixture passes validate(…, {schema: true}); every invalid fixture
// gives exactly the (type, field) list of its `.expect.json` sidecar.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { validate } from '../src/index.js';

const root = new URL('../fixtures/manifests/', import.meta.url);
const list = (sub: string) =>
  readdirSync(new URL(sub, root))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
const load = (sub: string, f: string): unknown[] =>
  parseAllDocuments(readFileSync(new URL(`${sub}/${f}`, root), 'utf8'), { version: '1.1' }).map((d) => d.toJS());
const pairs = (errors: readonly { type: string; field: string }[]) => errors.map((e) => `${e.type} ${e.field}`).sort();

describe('valid fixtures', () => {
  test('there are valid fixtures for every kind and version', () => {
    const files = list('valid');
    for (const kind of ['certificate', 'certificaterequest', 'issuer', 'clusterissuer', 'order', 'challenge']) {
      for (const version of ['v1alpha2', 'v1alpha3', 'v1beta1', 'v1']) {
        expect(
          files.some((f) => f.startsWith(`${kind}-${version}-`)),
          `${kind} ${version}`,
        ).toBe(true);
      }
    }
  });
  test.each(list('valid'))('%s', (f) => {
    for (const doc of load('valid', f)) {
      expect(validate(doc).errors).toEqual([]);
    }
  });
});

describe('invalid fixtures', () => {
  test.each(list('invalid'))('%s', (f) => {
    const sidecar = new URL(`invalid/${f.replace(/\.ya?ml$/, '.expect.json')}`, root);
    expect(existsSync(sidecar), 'every invalid fixture has an .expect.json sidecar').toBe(true);
    const expected = JSON.parse(readFileSync(sidecar, 'utf8')) as { type: string; field: string }[];
    const [doc] = load('invalid', f);
    expect(pairs(validate(doc).errors)).toEqual(pairs(expected));
  });
});
