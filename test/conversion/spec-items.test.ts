/**
 * conversion.md §1–§5, item by item, where the vectors and rules.test.ts leave an item without
 * a test of its own: decode drops, whole-list assignment, order, pointer zero values, no
 * defaulting, metadata and status copied, kind kept.
 */
import { describe, expect, test } from 'vitest';
import { convert } from '../../src/conversion/convert.js';

type Obj = Record<string, unknown>;
const cert = (version: string, spec: Obj, extra: Obj = {}): Obj => ({
  apiVersion: `cert-manager.io/${version}`,
  kind: 'Certificate',
  metadata: { name: 'c' },
  spec: { secretName: 's', issuerRef: { name: 'ca' }, ...spec },
  ...extra,
});
const specOf = (r: { object?: Obj }) => r.object?.spec as Obj;
const withoutAnnotations = (o: Obj | undefined): Obj => {
  const { metadata, ...rest } = o ?? {};
  const { annotations: _a, ...meta } = (metadata ?? {}) as Obj;
  return { ...rest, metadata: meta };
};

describe('§1 mechanism', () => {
  test('§1 no defaulting during conversion: issuerRef kind/group and privateKey rotationPolicy are not added', () => {
    const r = convert(cert('v1alpha2', { keySize: 2048 }), 'cert-manager.io/v1');
    expect(specOf(r).issuerRef).toEqual({ name: 'ca' });
    expect(specOf(r).privateKey).toEqual({ size: 2048 });
  });
});

describe('§2 per-kind rules', () => {
  test('§2.1.2 a v1alpha2 subject carries no organizations: a stray subject.organizations is dropped on decode', () => {
    const r = convert(cert('v1alpha2', { subject: { countries: ['DE'], organizations: ['stray'] } }), 'cert-manager.io/v1');
    expect(specOf(r).subject).toEqual({ countries: ['DE'] });
  });
  test('§2.1.4 organization fills subject.organizations next to the copied subject fields', () => {
    const r = convert(cert('v1alpha2', { subject: { countries: ['DE'] }, organization: ['O1', 'O2'] }), 'cert-manager.io/v1');
    expect(specOf(r).subject).toEqual({ countries: ['DE'], organizations: ['O1', 'O2'] });
  });
  test('§2.1.5 v1alpha2 key fields merge into a privateKey that has a rotationPolicy, which is kept', () => {
    const r = convert(
      cert('v1alpha2', { privateKey: { rotationPolicy: 'Always' }, keyAlgorithm: 'ecdsa', keySize: 384 }),
      'cert-manager.io/v1',
    );
    expect(specOf(r).privateKey).toEqual({ rotationPolicy: 'Always', algorithm: 'ECDSA', size: 384 });
  });
  test('§2.1.5 keyEncoding pkcs8 maps to PKCS8, keyEncoding PKCS1 (upper) stays verbatim', () => {
    expect(specOf(convert(cert('v1alpha3', { keyEncoding: 'pkcs8' }), 'cert-manager.io/v1')).privateKey).toEqual({ encoding: 'PKCS8' });
    expect(specOf(convert(cert('v1alpha3', { keyEncoding: 'PKCS1' }), 'cert-manager.io/v1')).privateKey).toEqual({ encoding: 'PKCS1' });
  });
  test('§2.2.5 v1 → v1alpha2: Ed25519 and unknown encodings are copied verbatim, PKCS8 becomes pkcs8', () => {
    const r = convert(cert('v1', { privateKey: { algorithm: 'Ed25519', encoding: 'PKCS8' } }), 'cert-manager.io/v1alpha2');
    expect(specOf(r)).toMatchObject({ privateKey: {}, keyAlgorithm: 'Ed25519', keyEncoding: 'pkcs8' });
    expect(specOf(r).keySize).toBeUndefined();
  });
  test('§2.2.5 v1 → v1alpha2 without privateKey produces none of privateKey/keyAlgorithm/keyEncoding/keySize', () => {
    const s = specOf(convert(cert('v1', { dnsNames: ['a'] }), 'cert-manager.io/v1alpha2'));
    for (const k of ['privateKey', 'keyAlgorithm', 'keyEncoding', 'keySize']) expect(s[k]).toBeUndefined();
  });
  test('§2.8 v1alpha2 Challenge type HTTP-01 (upper) is copied verbatim to v1 and comes back as written', () => {
    const input = {
      apiVersion: 'acme.cert-manager.io/v1alpha2',
      kind: 'Challenge',
      metadata: { name: 'ch' },
      spec: { type: 'HTTP-01', authzURL: '' },
    };
    const v1 = convert(input, 'acme.cert-manager.io/v1');
    expect(specOf(v1)).toEqual({ type: 'HTTP-01', authorizationURL: '' });
    expect(convert(v1.object, 'acme.cert-manager.io/v1alpha2').object).toEqual(input);
  });
  test('§2.5 CertificateRequest v1 → v1alpha2: a canonical base64 request passes through unchanged as csr', () => {
    const input = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'CertificateRequest',
      metadata: { name: 'r' },
      spec: { request: 'AAECAwQ=', issuerRef: { name: 'ca' } },
    };
    const r = convert(input, 'cert-manager.io/v1alpha2');
    expect(r.object).toEqual({ ...input, apiVersion: 'cert-manager.io/v1alpha2', spec: { csr: 'AAECAwQ=', issuerRef: { name: 'ca' } } });
  });
});

describe('§4 lists, maps, pointers, nil', () => {
  test('§4 list order is kept: nothing is sorted, de-duplicated or merged', () => {
    const r = convert(cert('v1beta1', { dnsNames: ['b', 'a', 'b'], emailSANs: ['z@x', 'a@x', 'z@x'] }), 'cert-manager.io/v1');
    expect(specOf(r)).toMatchObject({ dnsNames: ['b', 'a', 'b'], emailAddresses: ['z@x', 'a@x', 'z@x'] });
  });
  test('§4 renamed lists are assigned whole: a v1 object with a stray organization key keeps only subject.organizations', () => {
    const r = convert(cert('v1', { organization: ['stray'], subject: { organizations: ['O'] } }), 'cert-manager.io/v1alpha2');
    expect(specOf(r).organization).toEqual(['O']);
  });
  test('§4 empty renamed lists are not written (omitempty), in both directions', () => {
    expect(specOf(convert(cert('v1', { uris: [], emailAddresses: [] }), 'cert-manager.io/v1alpha3'))).not.toHaveProperty('uriSANs');
    expect(specOf(convert(cert('v1alpha3', { uriSANs: [] }), 'cert-manager.io/v1'))).not.toHaveProperty('uris');
  });
  test('§4 pointer zero values are written as given: encodeUsagesInRequest false, subject {}, privateKey {}', () => {
    const r = convert(cert('v1', { encodeUsagesInRequest: false, subject: {}, privateKey: {} }), 'cert-manager.io/v1beta1');
    expect(specOf(r)).toMatchObject({ encodeUsagesInRequest: false, subject: {}, privateKey: {} });
  });
  test('§4 Order status.authorizations[].wildcard false is kept', () => {
    const order = {
      apiVersion: 'acme.cert-manager.io/v1',
      kind: 'Order',
      metadata: { name: 'o' },
      spec: { request: 'AAAA', issuerRef: { name: 'i' } },
      status: { authorizations: [{ url: 'u', wildcard: false, challenges: [{ type: 'http-01', url: 'c', token: 't' }] }] },
    };
    const r = convert(order, 'acme.cert-manager.io/v1alpha3');
    expect(r.object?.status).toEqual(order.status);
  });
  test('§4 optional sub-objects stay absent when absent: no subject, privateKey, keystores or secretTemplate appear', () => {
    const s = specOf(convert(cert('v1alpha2', { commonName: 'x' }), 'cert-manager.io/v1'));
    expect(Object.keys(s).sort()).toEqual(['commonName', 'issuerRef', 'secretName']);
  });
});

describe('§5 metadata, kind, status', () => {
  test('§5 metadata is copied wholesale, kind is kept, apiVersion becomes the target', () => {
    const metadata = {
      name: 'c',
      namespace: 'ns',
      uid: '0b7a-11',
      resourceVersion: '42',
      generation: 3,
      labels: { b: '2', a: '1' },
      annotations: { 'example.com/x': 'y' },
      finalizers: ['f'],
      ownerReferences: [{ apiVersion: 'v1', kind: 'Secret', name: 'o', uid: 'u' }],
    };
    for (const to of ['v1alpha2', 'v1alpha3', 'v1beta1']) {
      const r = convert(cert('v1', {}, { metadata }), `cert-manager.io/${to}`);
      expect(r.object?.metadata).toEqual(metadata);
      expect(r.object?.kind).toBe('Certificate');
      expect(r.object?.apiVersion).toBe(`cert-manager.io/${to}`);
    }
  });
  test('§5 status goes through unchanged (no status field is renamed)', () => {
    const status = {
      conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2024-01-01T00:00:00Z', reason: 'R', message: 'm' }],
      notAfter: '2024-04-01T00:00:00Z',
      revision: 2,
      nextPrivateKeySecretName: 'n',
    };
    const r = convert(cert('v1alpha2', {}, { status }), 'cert-manager.io/v1');
    expect(withoutAnnotations(r.object).status).toEqual(status);
  });
  test('§5 Challenge status (processing, presented, reason, state) is copied unchanged', () => {
    const status = { processing: false, presented: true, reason: 'r', state: 'pending' };
    const ch = { apiVersion: 'acme.cert-manager.io/v1', kind: 'Challenge', metadata: { name: 'x' }, spec: { type: 'DNS-01' }, status };
    expect(convert(ch, 'acme.cert-manager.io/v1alpha2').object?.status).toEqual(status);
  });
});

describe('§2.6 Issuer and ClusterIssuer', () => {
  const issuer = (version: string, acme: Obj): Obj => ({
    apiVersion: `cert-manager.io/${version}`,
    kind: 'Issuer',
    metadata: { name: 'i', namespace: 'ns' },
    spec: { acme: { server: 'https://acme.example', privateKeySecretRef: { name: 'k' }, ...acme } },
  });
  const acmeOf = (r: { object?: Obj }) => specOf(r).acme as Obj;

  test('§2.6 the DNS provider keys are renamed in every element of solvers', () => {
    const solvers = [
      { dns01: { clouddns: { project: 'p' } } },
      { http01: { ingress: {} } },
      { dns01: { azuredns: { resourceGroupName: 'g' }, acmedns: { host: 'h' } } },
    ];
    const r = convert(issuer('v1alpha3', { solvers }), 'cert-manager.io/v1');
    expect(acmeOf(r).solvers).toEqual([
      { dns01: { cloudDNS: { project: 'p' } } },
      { http01: { ingress: {} } },
      { dns01: { azureDNS: { resourceGroupName: 'g' }, acmeDNS: { host: 'h' } } },
    ]);
  });
  test('§2.6 a v1 spelling in a v1alpha2 solver is unknown to the old type and dropped on decode', () => {
    const r = convert(
      issuer('v1alpha2', { solvers: [{ dns01: { cloudDNS: { project: 'x' }, clouddns: { project: 'p' } } }] }),
      'cert-manager.io/v1',
    );
    expect(acmeOf(r).solvers).toEqual([{ dns01: { cloudDNS: { project: 'p' } } }]);
  });
  test('§2.6 v1beta1 already uses the v1 provider keys: nothing is renamed', () => {
    const solvers = [{ dns01: { cloudDNS: { project: 'p' }, acmeDNS: { host: 'h' } } }];
    expect(acmeOf(convert(issuer('v1', { solvers }), 'cert-manager.io/v1beta1')).solvers).toEqual(solvers);
  });
  test('§2.6 v1beta1 preferredChain "" is omitted in v1 (v1 has omitempty)', () => {
    const r = convert(issuer('v1beta1', { preferredChain: '' }), 'cert-manager.io/v1');
    expect(acmeOf(r)).not.toHaveProperty('preferredChain');
  });
  test('§2.6 / versions.md §11 gatewayHTTPRoute labels and parentRefs stay lower-case in both directions', () => {
    const solvers = [{ http01: { gatewayHTTPRoute: { labels: { a: 'b' }, serviceType: 'ClusterIP', parentRefs: [{ name: 'gw' }] } } }];
    expect(acmeOf(convert(issuer('v1alpha3', { solvers }), 'cert-manager.io/v1')).solvers).toEqual(solvers);
    expect(acmeOf(convert(issuer('v1', { solvers }), 'cert-manager.io/v1alpha2')).solvers).toEqual(solvers);
  });
});
