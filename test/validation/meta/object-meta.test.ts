import { describe, expect, test } from 'vitest';
import type { FieldError } from '../../../src/field/field-error.js';
import { KINDS, VERSIONS } from '../../../src/scheme/kinds.js';
import { validate } from '../../../src/validation/validate.js';

type Obj = Record<string, unknown>;

const cert = (metadata: Obj): Obj => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata,
  spec: { secretName: 's', issuerRef: { name: 'ca' }, dnsNames: ['example.com'] },
});

/** The META-* findings of validate, as `RULE TYPE field badValue`. */
function meta(object: Obj, options: Parameters<typeof validate>[1] = {}): string[] {
  return validate(object, options)
    .errors.filter((e) => (e as FieldError & { rule?: string }).rule?.startsWith('META-'))
    .map((e) => `${(e as { rule?: string }).rule} ${e.type} ${e.field}${e.badValue === undefined ? '' : ` ${JSON.stringify(e.badValue)}`}`);
}

describe('META-NAME: metadata.name is a DNS-1123 subdomain, required unless generateName is set', () => {
  test.each([
    ['NAME', ['META-NAME FieldValueInvalid metadata.name "NAME"']],
    ['...', ['META-NAME FieldValueInvalid metadata.name "..."']],
    ['web_tls', ['META-NAME FieldValueInvalid metadata.name "web_tls"']],
    ['web.example.com', []],
    ['a'.repeat(253), []],
  ])('%s', (name, expected) => {
    expect(meta(cert({ name, namespace: 'default' }))).toEqual(expected);
  });

  test('254 characters is too long', () => {
    const errors = validate(cert({ name: 'a'.repeat(254) })).errors.filter((e) => e.field === 'metadata.name');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.detail).toContain('253');
  });

  test('no name and no generateName is Required', () => {
    expect(meta(cert({ namespace: 'default' }))).toEqual(['META-NAME FieldValueRequired metadata.name']);
    expect(meta(cert({ name: '' }))).toEqual(['META-NAME FieldValueRequired metadata.name']);
  });

  test('generateName alone is enough (the API server generates the name first)', () => {
    expect(meta(cert({ generateName: 'web-' }))).toEqual([]);
  });
});

describe('META-GENERATE-NAME: generateName is checked as a name prefix', () => {
  test.each([
    ['web-', []],
    ['web', []],
    ['Web-', ['META-GENERATE-NAME FieldValueInvalid metadata.generateName "Web-"']],
    ['-', ['META-GENERATE-NAME FieldValueInvalid metadata.generateName "-"']],
    ['web--', []],
  ])('%s', (generateName, expected) => {
    expect(meta(cert({ generateName }))).toEqual(expected);
  });
});

describe('META-NAMESPACE: metadata.namespace is a DNS-1123 label', () => {
  test.each([
    ['<NAMESPACE YOU WANT>', ['META-NAMESPACE FieldValueInvalid metadata.namespace "<NAMESPACE YOU WANT>"']],
    ['cert-manager', []],
    ['a'.repeat(64), ['META-NAMESPACE FieldValueInvalid metadata.namespace "' + 'a'.repeat(64) + '"']],
  ])('%s', (namespace, expected) => {
    expect(meta(cert({ name: 'web', namespace }))).toEqual(expected);
  });

  test('a dotted namespace is told it may not contain dots', () => {
    const e = validate(cert({ name: 'web', namespace: 'a.b' })).errors.find((x) => x.field === 'metadata.namespace');
    expect(e?.detail).toContain('dots');
  });

  test('a missing namespace is not an error (kubectl and the API server use the request namespace)', () => {
    expect(meta(cert({ name: 'web' }))).toEqual([]);
  });

  test('a namespace on a cluster-scoped ClusterIssuer is a warning, not an error (the API server drops it)', () => {
    const r = validate({
      apiVersion: 'cert-manager.io/v1',
      kind: 'ClusterIssuer',
      metadata: { name: 'ca', namespace: 'default' },
      spec: { selfSigned: {} },
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings.some((w) => w.includes('metadata.namespace') && w.includes('cluster-scoped'))).toBe(true);
  });
});

describe('META-LABELS and META-ANNOTATIONS', () => {
  test('label keys are qualified names, values label values; errors point at the map', () => {
    expect(meta(cert({ name: 'web', labels: { 'bad key': 'ok', app: 'a b' } }))).toEqual([
      'META-LABELS FieldValueInvalid metadata.labels "a b"',
      'META-LABELS FieldValueInvalid metadata.labels "bad key"',
    ]);
  });

  test('annotation keys are qualified names compared in lower case', () => {
    expect(meta(cert({ name: 'web', annotations: { 'Example.COM/Key': 'x', '-bad': 'x' } }))).toEqual([
      'META-ANNOTATIONS FieldValueInvalid metadata.annotations "-bad"',
    ]);
  });

  test('annotations over 256 KiB in total are TooLong', () => {
    const errors = meta(cert({ name: 'web', annotations: { a: 'x'.repeat(262144) } }));
    expect(errors).toEqual(['META-ANNOTATIONS FieldValueTooLong metadata.annotations']);
    expect(meta(cert({ name: 'web', annotations: { a: 'x'.repeat(262143) } }))).toEqual([]);
  });
});

describe('META-FINALIZERS', () => {
  test('finalizers are qualified names', () => {
    expect(meta(cert({ name: 'web', finalizers: ['example.com/cleanup', 'not valid'] }))).toEqual([
      'META-FINALIZERS FieldValueInvalid metadata.finalizers "not valid"',
    ]);
  });

  test('orphan and foregroundDeletion may not both be set', () => {
    expect(meta(cert({ name: 'web', finalizers: ['orphan', 'foregroundDeletion'] }))).toEqual([
      'META-FINALIZERS FieldValueInvalid metadata.finalizers ["orphan","foregroundDeletion"]',
    ]);
  });
});

describe('META-OWNER-REFERENCES', () => {
  test('apiVersion with a version, kind, name and uid are required (paths without an index, as the API server prints them)', () => {
    expect(meta(cert({ name: 'web', ownerReferences: [{ apiVersion: 'a/b/c', kind: '', name: '' }] }))).toEqual([
      'META-OWNER-REFERENCES FieldValueInvalid metadata.ownerReferences.apiVersion "a/b/c"',
      'META-OWNER-REFERENCES FieldValueInvalid metadata.ownerReferences.kind ""',
      'META-OWNER-REFERENCES FieldValueInvalid metadata.ownerReferences.name ""',
      'META-OWNER-REFERENCES FieldValueInvalid metadata.ownerReferences.uid ""',
    ]);
  });

  test('a complete reference is accepted; two controllers are not', () => {
    const ref = (name: string) => ({ apiVersion: 'apps/v1', kind: 'Deployment', name, uid: `uid-${name}`, controller: true });
    expect(meta(cert({ name: 'web', ownerReferences: [ref('a')] }))).toEqual([]);
    const two = meta(cert({ name: 'web', ownerReferences: [ref('a'), ref('b')] }));
    expect(two).toHaveLength(1);
    expect(two[0]).toMatch(/^META-OWNER-REFERENCES FieldValueInvalid metadata.ownerReferences \[/);
  });

  test('a core v1 Event may not be an owner', () => {
    const errors = meta(cert({ name: 'web', ownerReferences: [{ apiVersion: 'v1', kind: 'Event', name: 'e', uid: 'u' }] }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^META-OWNER-REFERENCES FieldValueInvalid metadata.ownerReferences \{/);
  });
});

describe('META-GENERATION', () => {
  test('a negative generation is invalid', () => {
    expect(meta(cert({ name: 'web', generation: -1 }))).toEqual(['META-GENERATION FieldValueInvalid metadata.generation -1']);
  });
});

describe('META-IMMUTABLE: name, namespace and uid may not change on UPDATE', () => {
  const old = cert({ name: 'web', namespace: 'default', uid: 'u1' });

  test.each([
    [{ name: 'other', namespace: 'default', uid: 'u1' }, ['META-IMMUTABLE FieldValueInvalid metadata.name "other"']],
    [{ name: 'web', namespace: 'prod', uid: 'u1' }, ['META-IMMUTABLE FieldValueInvalid metadata.namespace "prod"']],
    [{ name: 'web', namespace: 'default', uid: 'u2' }, ['META-IMMUTABLE FieldValueInvalid metadata.uid "u2"']],
    [{ name: 'web', namespace: 'default', uid: 'u1' }, []],
    [{ name: 'web' }, []],
  ])('%j', (metadata, expected) => {
    expect(meta(cert(metadata), { operation: 'UPDATE', oldObject: old })).toEqual(expected);
  });

  test('UPDATE does not re-check the name format (an existing object keeps its name)', () => {
    const legacy = cert({ name: 'Legacy_Name' });
    expect(meta(legacy, { operation: 'UPDATE', oldObject: legacy })).toEqual([]);
  });

  test('UPDATE still checks labels', () => {
    expect(meta(cert({ name: 'web', labels: { 'a b': 'c' } }), { operation: 'UPDATE', oldObject: old })).toEqual([
      'META-LABELS FieldValueInvalid metadata.labels "a b"',
    ]);
  });
});

describe('META checks run for every kind and version, on the schema side only', () => {
  const cases = KINDS.flatMap((k) => VERSIONS.map((v) => [k.kind, k.group, v] as const));
  test.each(cases)('%s %s/%s: name NAME is META-NAME', (kind, group, version) => {
    const object = { apiVersion: `${group}/${version}`, kind, metadata: { name: 'NAME' }, spec: {} };
    expect(meta(object)).toEqual(['META-NAME FieldValueInvalid metadata.name "NAME"']);
    expect(meta(object, { schema: false })).toEqual([]);
  });
});
