// Errors of old-version objects name the object's own fields: for every invalid old-version fixture,
// every error path exists in the JSON Schema of that fixture's version (or, for an unknown field, its
// parent does), and a few renamed fields are asserted by name.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { validate } from '../../src/index.js';

type Schema = Record<string, unknown>;
const schemas = new URL('../../schemas/', import.meta.url);
const invalid = new URL('../../fixtures/manifests/invalid/', import.meta.url);

function load(url: URL): Schema {
  return JSON.parse(readFileSync(url, 'utf8')) as Schema;
}

/** Follow `$ref`s (relative file paths) until a schema without one. */
function deref(s: Schema, at: URL): [Schema, URL] {
  let cur = s;
  let base = at;
  while (typeof cur.$ref === 'string') {
    base = new URL(cur.$ref, base);
    cur = load(base);
  }
  return [cur, base];
}

/** Whether a printed field path names a place the schema declares. */
function declares(root: Schema, rootUrl: URL, printed: string): boolean {
  const segs = [...printed.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)].map((m) => m[1] ?? m[2] ?? '');
  let [s, base] = deref(root, rootUrl);
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as string;
    const props = s.properties as Record<string, Schema> | undefined;
    if (props && seg in props) [s, base] = deref(props[seg] as Schema, base);
    else if (s.items && /^\d+$/.test(seg)) [s, base] = deref(s.items as Schema, base);
    else if (s.additionalProperties && typeof s.additionalProperties === 'object')
      return true; // a map: the rest is a key
    else if (s['x-kubernetes-preserve-unknown-fields']) return true;
    else return false;
  }
  return true;
}

const oldFixtures = readdirSync(invalid)
  .filter((f) => /-(v1alpha2|v1alpha3|v1beta1)-.*\.ya?ml$/.test(f))
  .sort();

describe('old-version errors name fields of their own version', () => {
  test('there are invalid old-version fixtures', () => expect(oldFixtures.length).toBeGreaterThan(10));
  test.each(oldFixtures)('%s', (f) => {
    const doc = parse(readFileSync(new URL(f, invalid), 'utf8'), { version: '1.1' }) as { apiVersion: string; kind: string };
    const url = new URL(`${doc.apiVersion}/${doc.kind}.json`, schemas);
    const schema = load(url);
    const errors = validate(doc).errors;
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      const path = e.type === 'FieldValueUnknown' ? e.field.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '') : e.field;
      expect(declares(schema, url, path), `${e.type} ${e.field} is not a field of ${doc.apiVersion} ${doc.kind}`).toBe(true);
    }
  });
});

describe('renamed fields are reported under their old names', () => {
  const cert = (apiVersion: string, spec: Record<string, unknown>) => ({
    apiVersion,
    kind: 'Certificate',
    metadata: { name: 'c' },
    spec: { secretName: 's', issuerRef: { name: 'ca' }, dnsNames: ['a.example.com'], ...spec },
  });
  const fields = (o: unknown) => validate(o).errors.map((e) => `${e.type} ${e.field}`);

  test('v1alpha2 keySize, not privateKey.size', () => {
    expect(fields(cert('cert-manager.io/v1alpha2', { keyAlgorithm: 'rsa', keySize: 1024 }))).toContain('FieldValueInvalid spec.keySize');
  });
  test('v1alpha3 keyAlgorithm, not privateKey.algorithm', () => {
    const f = fields(cert('cert-manager.io/v1alpha3', { keyAlgorithm: 'ecdsa', keySize: 300 }));
    expect(f).toContain('FieldValueNotSupported spec.keySize');
    expect(f.join()).not.toContain('privateKey');
  });
  test('v1beta1 emailSANs, not emailAddresses', () => {
    expect(fields(cert('cert-manager.io/v1beta1', { emailSANs: ['not an email'] }))).toContain('FieldValueInvalid spec.emailSANs[0]');
  });
  test('v1alpha2 CertificateRequest csr, not request', () => {
    const cr = {
      apiVersion: 'cert-manager.io/v1alpha2',
      kind: 'CertificateRequest',
      metadata: { name: 'r' },
      spec: { csr: btoa('garbage'), issuerRef: { name: 'ca' } },
    };
    expect(fields(cr).some((f) => f.endsWith(' spec.csr'))).toBe(true);
    expect(fields(cr).join()).not.toContain('spec.request');
  });
});
