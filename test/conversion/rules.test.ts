/**
 * Per-rule tests of conversion.md §2–§5 beyond the vectors: value mappings, omitempty,
 * v1-only fields, Go-form re-printing, lists, errors, and the preservation annotation.
 */
import { describe, expect, test } from 'vitest';
import { convert } from '../../src/conversion/convert.js';
import { canonicalBase64, canonicalTime } from '../../src/conversion/go-form.js';

const cert = (version: string, spec: Record<string, unknown>) => ({
  apiVersion: `cert-manager.io/${version}`,
  kind: 'Certificate',
  metadata: { name: 'c' },
  spec: { secretName: 's', issuerRef: { name: 'ca' }, ...spec },
});
const spec = (r: { object?: Record<string, unknown> }) => r.object?.spec as Record<string, unknown>;
const annotations = (r: { object?: Record<string, unknown> }) =>
  (r.object?.metadata as { annotations?: Record<string, string> } | undefined)?.annotations;

describe('Certificate (§2.1–2.4)', () => {
  test('§2.1.5 values other than rsa/ecdsa and pkcs1/pkcs8 are copied verbatim; RSA (upper) stays RSA', () => {
    const r = convert(cert('v1alpha2', { keyAlgorithm: 'RSA', keyEncoding: 'der' }), 'cert-manager.io/v1');
    expect(spec(r).privateKey).toEqual({ algorithm: 'RSA', encoding: 'der' });
  });
  test('§2.2.5 v1 → v1alpha3: privateKey without rotationPolicy becomes {}', () => {
    const r = convert(cert('v1', { privateKey: { algorithm: 'ECDSA', size: 256 } }), 'cert-manager.io/v1alpha3');
    expect(spec(r)).toMatchObject({ privateKey: {}, keyAlgorithm: 'ecdsa', keySize: 256 });
  });
  test('§2.3 v1alpha3 subject.organizations is copied as a whole', () => {
    const r = convert(cert('v1', { subject: { organizations: ['O'] } }), 'cert-manager.io/v1alpha3');
    expect(spec(r).subject).toEqual({ organizations: ['O'] });
    expect(spec(r).organization).toBeUndefined();
  });
  test('§2.4 v1beta1 privateKey is not re-cased', () => {
    const r = convert(cert('v1beta1', { privateKey: { algorithm: 'rsa' } }), 'cert-manager.io/v1');
    expect(spec(r).privateKey).toEqual({ algorithm: 'rsa' });
  });
  test('§6 old → v1 → old: the record keeps only the altered value, not the empty subject/privateKey Go leaves', () => {
    const input = cert('v1alpha2', { organization: ['O'], keyAlgorithm: 'RSA', keySize: 2048 });
    const v1 = convert(input, 'cert-manager.io/v1');
    expect(spec(v1)).toMatchObject({ subject: { organizations: ['O'] }, privateKey: { algorithm: 'RSA', size: 2048 } });
    expect(JSON.parse(String(annotations(v1)?.['conversion.cmapi.io/v1alpha2']))).toEqual({
      from: 'v1',
      patch: [{ op: 'replace', path: '/spec/keyAlgorithm', value: 'RSA' }],
    });
    const back = convert(v1.object, 'cert-manager.io/v1alpha2').object;
    expect(back).toEqual({ ...input, spec: { ...input.spec, subject: {}, privateKey: {} } });
  });
  test('§3 a v1alpha2 object with v1 field names: they are not carried into v1 (Go drops them), but restored', () => {
    const input = cert('v1alpha2', { uris: ['urn:x'], uriSANs: ['urn:y'] });
    const v1 = convert(input, 'cert-manager.io/v1');
    expect(spec(v1).uris).toEqual(['urn:y']);
    expect(convert(v1.object, 'cert-manager.io/v1alpha2').object).toEqual(input);
  });
});

describe('v1-only fields (versions.md §9, conversion.md §3)', () => {
  test('Certificate renewBeforePercentage and signatureAlgorithm leave v1alpha3 output and come back', () => {
    const input = cert('v1', { renewBeforePercentage: 30, signatureAlgorithm: 'SHA256WithRSA' });
    const old = convert(input, 'cert-manager.io/v1alpha3');
    expect(spec(old).renewBeforePercentage).toBeUndefined();
    expect(spec(old).signatureAlgorithm).toBeUndefined();
    expect(Object.keys(annotations(old) ?? {})).toEqual(['conversion.cmapi.io/v1']);
    expect(convert(old.object, 'cert-manager.io/v1').object).toEqual(input);
  });
  test('Issuer acme.profile and solver nameservers are dropped going to v1beta1', () => {
    const input = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Issuer',
      metadata: { name: 'i' },
      spec: {
        acme: { server: 's', profile: 'short', privateKeySecretRef: { name: 'k' }, solvers: [{ dns01: { nameservers: ['1.1.1.1:53'] } }] },
      },
    };
    const old = convert(input, 'cert-manager.io/v1beta1');
    expect(old.object?.spec).toEqual({ acme: { server: 's', privateKeySecretRef: { name: 'k' }, solvers: [{ dns01: {} }] } });
    expect(convert(old.object, 'cert-manager.io/v1').object).toEqual(input);
  });
});

describe('Issuer and Challenge (§2.6, §2.8)', () => {
  test('§2.6 old preferredChain "" is omitted in v1; absent means the same, so no record is written', () => {
    const input = {
      apiVersion: 'cert-manager.io/v1alpha2',
      kind: 'ClusterIssuer',
      metadata: { name: 'i' },
      spec: { acme: { server: 's', preferredChain: '' } },
    };
    const v1 = convert(input, 'cert-manager.io/v1');
    expect(v1.object?.spec).toEqual({ acme: { server: 's' } });
    expect(v1.object?.metadata).toEqual({ name: 'i' });
    expect(convert(v1.object, 'cert-manager.io/v1alpha2').object).toEqual({ ...input, spec: { acme: { server: 's' } } });
  });
  test('§2.8 Challenge type values outside http-01/dns-01 are copied verbatim', () => {
    const input = {
      apiVersion: 'acme.cert-manager.io/v1alpha3',
      kind: 'Challenge',
      metadata: { name: 'c' },
      spec: { type: 'tls-alpn-01' },
    };
    expect(spec(convert(input, 'acme.cert-manager.io/v1')).type).toBe('tls-alpn-01');
  });
});

describe('Go form (§4) and preservation', () => {
  test('durations are re-printed in Go form; the same duration is no change of meaning, so no record', () => {
    const input = cert('v1', { duration: '2160h', renewBefore: '90m' });
    const old = convert(input, 'cert-manager.io/v1beta1');
    expect(spec(old)).toMatchObject({ duration: '2160h0m0s', renewBefore: '1h30m0s' });
    expect(annotations(old)).toBeUndefined();
    expect(spec(convert(old.object, 'cert-manager.io/v1'))).toMatchObject({ duration: '2160h0m0s', renewBefore: '1h30m0s' });
  });
  test('a value lost on the way is kept in a record and restored; the re-printed duration is not in it', () => {
    const input = cert('v1', { duration: '2160h', renewBeforePercentage: 30 });
    const old = convert(input, 'cert-manager.io/v1beta1');
    expect(annotations(old)).toEqual({
      'conversion.cmapi.io/v1': '{"from":"v1beta1","patch":[{"op":"add","path":"/spec/renewBeforePercentage","value":30}]}',
    });
    expect(convert(old.object, 'cert-manager.io/v1').object).toEqual(cert('v1', { duration: '2160h0m0s', renewBeforePercentage: 30 }));
  });
  test('times are printed in UTC whole seconds; base64 padded', () => {
    expect(canonicalTime('2024-01-01T01:30:00.9+01:30')).toBe('2024-01-01T00:00:00Z');
    expect(canonicalTime('2023-02-29T00:00:00Z')).toBeUndefined();
    expect(canonicalBase64('dGVz\ndA==')).toBe('dGVzdA==');
    expect(canonicalBase64('dGVzdA')).toBeUndefined();
  });
  test('nothing is added when the round trip is already exact', () => {
    const input = cert('v1', { dnsNames: ['a'] });
    expect(annotations(convert(input, 'cert-manager.io/v1alpha2'))).toBeUndefined();
  });
  test('old → old goes through v1 and still round-trips', () => {
    const input = cert('v1alpha2', { organization: ['O'], keySize: 4096, emailSANs: ['a@b.c'] });
    const beta = convert(input, 'cert-manager.io/v1beta1');
    expect(spec(beta)).toMatchObject({ subject: { organizations: ['O'] }, privateKey: { size: 4096 }, emailSANs: ['a@b.c'] });
    // Only the empty subject/privateKey Go would leave differ on the way back: no record is needed.
    expect(annotations(beta)).toBeUndefined();
    const back = convert(beta.object, 'cert-manager.io/v1alpha2').object;
    expect(back).toEqual({ ...input, spec: { ...input.spec, subject: {}, privateKey: {} } });
  });
  test('a hand-edited, unreadable annotation is ignored and never throws', () => {
    const input = { ...cert('v1alpha2', {}), metadata: { name: 'c', annotations: { 'conversion.cmapi.io/v1': '{not json' } } };
    const r = convert(input, 'cert-manager.io/v1');
    expect(r.errors).toEqual([]);
    expect(annotations(r)).toBeUndefined();
  });
});

describe('lists and errors (§5)', () => {
  test('a CertificateList and a core v1 List convert item by item', () => {
    const list = { apiVersion: 'cert-manager.io/v1alpha2', kind: 'CertificateList', items: [cert('v1alpha2', { keySize: 1 })] };
    const r = convert(list, 'cert-manager.io/v1');
    expect(r.object?.apiVersion).toBe('cert-manager.io/v1');
    expect((r.object?.items as { spec: unknown }[] | undefined)?.[0]?.spec).toMatchObject({ privateKey: { size: 1 } });
    const core = convert({ apiVersion: 'v1', kind: 'List', items: [cert('v1', {})] }, 'cert-manager.io/v1beta1');
    expect(core.object?.apiVersion).toBe('v1');
    expect((core.object?.items as { apiVersion: string }[] | undefined)?.[0]?.apiVersion).toBe('cert-manager.io/v1beta1');
  });
  test.each([
    ['unknown kind', { apiVersion: 'cert-manager.io/v1', kind: 'Foo' }, 'cert-manager.io/v1alpha2', 'kind'],
    ['unknown version', cert('v9', {}), 'cert-manager.io/v1', 'apiVersion'],
    ['unknown group', { apiVersion: 'x.io/v1', kind: 'Certificate' }, 'cert-manager.io/v1', 'apiVersion'],
    ['other group', cert('v1', {}), 'acme.cert-manager.io/v1', 'apiVersion'],
    ['unknown target version', cert('v1', {}), 'cert-manager.io/v2', 'apiVersion'],
    ['list item error', { apiVersion: 'v1', kind: 'List', items: [cert('v1', {}), 3] }, 'cert-manager.io/v1', 'items[1]'],
  ])('%s gives an error, not a throw', (_label, object, to, field) => {
    const r = convert(object, to);
    expect(r.object).toBeUndefined();
    expect(r.errors.map((e) => e.field)).toContain(field);
  });
  test('a "__proto__" member (as JSON.parse creates it) is copied as data and round-trips', () => {
    const input = JSON.parse(
      '{"apiVersion":"cert-manager.io/v1alpha3","kind":"Certificate","metadata":{"labels":{"__proto__":"x"}},"spec":{"__proto__":{"a":1},"duration":"90m"}}',
    );
    const v1 = convert(input, 'cert-manager.io/v1');
    expect(Object.hasOwn(spec(v1), '__proto__')).toBe(true);
    const back = convert(v1.object, 'cert-manager.io/v1alpha3').object;
    expect(back).toEqual({ ...input, spec: JSON.parse('{"__proto__":{"a":1},"duration":"1h30m0s"}') });
    expect(({} as { a?: unknown }).a).toBeUndefined();
  });
  test('never throws and never mutates, whatever the input', () => {
    for (const junk of [null, 1, 'x', [], { apiVersion: 'cert-manager.io/v1alpha2', kind: 'Certificate', spec: [], metadata: 'x' }]) {
      const before = JSON.stringify(junk);
      expect(() => convert(junk, 'cert-manager.io/v1')).not.toThrow();
      expect(JSON.stringify(junk)).toBe(before);
    }
  });
});
