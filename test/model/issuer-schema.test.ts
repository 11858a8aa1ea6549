// Structure of the Issuer/ClusterIssuer model per version. The facts asserted here are the
// upstream CRD facts (v1.6.3 schemas plus v1.15.5 Go fields for the old versions, master for
// v1) as summarised in the versions spec; they are written out here on purpose.
import { describe, expect, test } from 'vitest';
import { acmeChallengeSolver } from '../../model/defs/acme-solver.js';
import type { Schema } from '../../model/dsl.js';
import { issuerSchema } from '../../model/kinds/issuer.js';
import { VERSIONS } from '../../src/scheme/kinds.js';
import { at, defAt } from './schema-path.js';

const OLD = ['v1alpha2', 'v1alpha3', 'v1beta1'] as const;
const S = 'spec.acme.solvers[]';
const keys = (s: Schema | undefined): string[] => (s?.kind === 'object' ? Object.keys(s.properties).sort() : []);

describe.each(['Issuer', 'ClusterIssuer'] as const)('%s', (kind) => {
  test('root requires spec from v1beta1 on, not in v1alpha2/v1alpha3', () => {
    expect(issuerSchema('v1alpha2', kind).required ?? []).toEqual([]);
    expect(issuerSchema('v1alpha3', kind).required ?? []).toEqual([]);
    expect(issuerSchema('v1beta1', kind).required).toEqual(['spec']);
    expect(issuerSchema('v1', kind).required).toEqual(['spec']);
  });

  test('spec holds the five issuer types in every version', () => {
    for (const v of VERSIONS) expect(keys(at(issuerSchema(v, kind), 'spec'))).toEqual(['acme', 'ca', 'selfSigned', 'vault', 'venafi']);
  });
});

describe('DNS01 provider keys', () => {
  const common = ['akamai', 'cloudflare', 'cnameStrategy', 'digitalocean', 'rfc2136', 'route53', 'webhook'];
  test('v1alpha2 and v1alpha3 spell clouddns, azuredns, acmedns', () => {
    for (const v of ['v1alpha2', 'v1alpha3'] as const) {
      expect(keys(at(issuerSchema(v, 'Issuer'), `${S}.dns01`))).toEqual([...common, 'acmedns', 'azuredns', 'clouddns'].sort());
    }
  });
  test('v1beta1 spells cloudDNS, azureDNS, acmeDNS; v1 adds nameservers', () => {
    const camel = [...common, 'acmeDNS', 'azureDNS', 'cloudDNS'];
    expect(keys(at(issuerSchema('v1beta1', 'Issuer'), `${S}.dns01`))).toEqual(camel.sort());
    expect(keys(at(issuerSchema('v1', 'Issuer'), `${S}.dns01`))).toEqual([...camel, 'nameservers'].sort());
  });
  test('cnameStrategy and azure environment enums are the same in every version', () => {
    for (const v of VERSIONS) {
      const root = issuerSchema(v, 'Issuer');
      const azure = v === 'v1alpha2' || v === 'v1alpha3' ? 'azuredns' : 'azureDNS';
      expect(at(root, `${S}.dns01.cnameStrategy`)).toMatchObject({ enum: ['None', 'Follow'] });
      expect(at(root, `${S}.dns01.${azure}.environment`)).toMatchObject({
        enum: ['AzurePublicCloud', 'AzureChinaCloud', 'AzureGermanCloud', 'AzureUSGovernmentCloud'],
      });
      expect(at(root, 'spec.acme.externalAccountBinding.keyAlgorithm')).toMatchObject({ enum: ['HS256', 'HS384', 'HS512'] });
      expect(at(root, 'spec.acme.preferredChain')).toMatchObject({ kind: 'string', maxLength: 64 });
    }
  });
});

describe('fields added after v1.15.5 exist only in v1', () => {
  const v1Only = [
    'spec.acme.profile',
    'spec.acme.renewalInformationSource',
    `${S}.waitInsteadOfSelfCheck`,
    `${S}.dns01.nameservers`,
    `${S}.dns01.azureDNS.zoneType`,
    `${S}.dns01.azureDNS.managedIdentity.tenantID`,
    `${S}.dns01.rfc2136.protocol`,
    `${S}.http01.gatewayHTTPRoute.podTemplate`,
    `${S}.http01.ingress.podTemplate.spec.securityContext`,
    `${S}.http01.ingress.podTemplate.spec.resources`,
    `${S}.http01.ingress.podTemplate.spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[].matchLabelKeys`,
    'spec.vault.serverName',
    'spec.vault.auth.clientCertificate',
    'spec.vault.auth.aws',
    'spec.venafi.tpp.caBundleSecretRef',
    'spec.venafi.ngts',
  ];
  test.each(v1Only)('%s', (path) => {
    expect(at(issuerSchema('v1', 'Issuer'), path), 'present in v1').toBeDefined();
    // v1beta1 shares the camel-case provider keys with v1, so the same path applies.
    expect(at(issuerSchema('v1beta1', 'Issuer'), path), 'absent in v1beta1').toBeUndefined();
  });
});

describe('fields of the v1.15.5 Go types that the v1.6.3 schemas lack exist in the old versions', () => {
  const added = [
    'spec.acme.caBundle',
    `${S}.dns01.route53.accessKeyIDSecretRef`,
    `${S}.dns01.route53.auth.kubernetes.serviceAccountRef.audiences`,
    `${S}.http01.gatewayHTTPRoute.parentRefs[].sectionName`,
    `${S}.http01.ingress.ingressClassName`,
    `${S}.http01.ingress.podTemplate.spec.imagePullSecrets[].name`,
    'spec.ca.issuingCertificateURLs',
    'spec.vault.auth.kubernetes.serviceAccountRef',
    'spec.vault.caBundleSecretRef',
    'spec.vault.clientCertSecretRef',
    'spec.vault.clientKeySecretRef',
    'status.acme.lastPrivateKeyHash',
  ];
  test.each(added)('%s', (path) => {
    for (const v of VERSIONS) expect(at(issuerSchema(v, 'Issuer'), path), v).toBeDefined();
  });
});

describe('CRD defaults exist only in v1', () => {
  const defaults: [string, unknown][] = [
    ['spec.acme.renewalInformationSource', 'ARI'],
    [`${S}.http01.gatewayHTTPRoute.parentRefs[].group`, 'gateway.networking.k8s.io'],
    [`${S}.http01.gatewayHTTPRoute.parentRefs[].kind`, 'Gateway'],
    [`${S}.http01.ingress.podTemplate.spec.imagePullSecrets[].name`, ''],
  ];
  test.each(defaults)('%s', (path, value) => {
    expect(at(issuerSchema('v1', 'Issuer'), path)).toMatchObject({ default: value });
    for (const v of OLD) expect(at(issuerSchema(v, 'Issuer'), path)?.default, v).toBeUndefined();
  });
});

describe('required lists that differ between versions', () => {
  test('route53 requires region only in the old versions', () => {
    expect(at(issuerSchema('v1', 'Issuer'), `${S}.dns01.route53`)).not.toHaveProperty('required');
    for (const v of OLD) expect(at(issuerSchema(v, 'Issuer'), `${S}.dns01.route53`)).toMatchObject({ required: ['region'] });
  });
  test('vault kubernetes auth requires only role (secretRef is optional once serviceAccountRef exists)', () => {
    for (const v of VERSIONS) expect(at(issuerSchema(v, 'Issuer'), 'spec.vault.auth.kubernetes')).toMatchObject({ required: ['role'] });
  });
  test('ACME requires privateKeySecretRef and server; vault requires auth, path, server', () => {
    for (const v of VERSIONS) {
      const root = issuerSchema(v, 'Issuer');
      expect(at(root, 'spec.acme')).toMatchObject({ required: ['privateKeySecretRef', 'server'] });
      expect(at(root, 'spec.vault')).toMatchObject({ required: ['auth', 'path', 'server'] });
      expect(at(root, 'spec.ca')).toMatchObject({ required: ['secretName'] });
      expect(at(root, 'spec.venafi')).toMatchObject({ required: ['zone'] });
    }
  });
});

describe('list and map annotations', () => {
  test('v1 lists are atomic (conditions and imagePullSecrets are map lists); legacy lists carry no list type', () => {
    const v1 = issuerSchema('v1', 'Issuer');
    expect(at(v1, 'spec.acme.solvers')).toMatchObject({ listType: 'atomic' });
    expect(at(v1, 'spec.ca.ocspServers')).toMatchObject({ listType: 'atomic' });
    expect(at(v1, 'status.conditions')).toMatchObject({ listType: 'map', listMapKeys: ['type'] });
    expect(at(v1, `${S}.http01.ingress.podTemplate.spec.imagePullSecrets`)).toMatchObject({ listType: 'map', listMapKeys: ['name'] });
    expect(
      at(v1, `${S}.http01.ingress.podTemplate.spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[].labelSelector`),
    ).toMatchObject({
      mapType: 'atomic',
    });
    for (const v of OLD) {
      const old = issuerSchema(v, 'Issuer');
      expect(at(old, 'spec.acme.solvers')?.kind).toBe('array');
      expect(at(old, 'spec.acme.solvers')).not.toHaveProperty('listType');
      expect(at(old, 'status.conditions')).not.toHaveProperty('listType');
    }
  });
  test('resource quantities are int-or-string with the quantity pattern', () => {
    const q = at(issuerSchema('v1', 'Issuer'), `${S}.http01.ingress.podTemplate.spec.resources.limits{}`);
    expect(q?.kind).toBe('int-or-string');
    const re = new RegExp(q?.kind === 'int-or-string' ? (q.pattern ?? '') : '');
    for (const ok of ['100m', '1Gi', '0.5', '1e3', '+2k']) expect(re.test(ok), ok).toBe(true);
    for (const bad of ['lots', '1GiB', '', '1.2.3']) expect(re.test(bad), bad).toBe(false);
  });
  test('webhook config keeps any JSON', () => {
    expect(at(issuerSchema('v1', 'Issuer'), `${S}.dns01.webhook.config`)?.kind).toBe('any');
  });
});

describe('venafi', () => {
  test('v1 states exactly one of tpp, cloud, ngts as a CEL rule; the old versions have none', () => {
    const rule = at(issuerSchema('v1', 'Issuer'), 'spec.venafi')?.validations?.[0]?.rule ?? '';
    for (const k of ['tpp', 'cloud', 'ngts']) expect(rule).toContain(`has(self.${k})`);
    for (const v of OLD) expect(at(issuerSchema(v, 'Issuer'), 'spec.venafi')?.validations).toBeUndefined();
  });
});

describe('shared definitions', () => {
  test('ingress and Gateway solvers use one pod template definition in v1', () => {
    const v1 = issuerSchema('v1', 'Issuer');
    const a = defAt(v1, `${S}.http01.ingress.podTemplate`);
    expect(a).toBeDefined();
    expect(defAt(v1, `${S}.http01.gatewayHTTPRoute.podTemplate`)).toBe(a);
  });
  test('Issuer, ClusterIssuer and the Challenge solver share the solver definition', () => {
    for (const v of VERSIONS) {
      const solver = acmeChallengeSolver(v);
      expect(solver.kind).toBe('ref');
      const def = solver.kind === 'ref' ? solver.def : undefined;
      expect(defAt(issuerSchema(v, 'Issuer'), S)).toBe(def);
      expect(defAt(issuerSchema(v, 'ClusterIssuer'), S)).toBe(def);
    }
  });
  test('old versions share definitions where the shape is the same', () => {
    const pod = (v: (typeof VERSIONS)[number]) => defAt(issuerSchema(v, 'Issuer'), `${S}.http01.ingress.podTemplate`);
    expect(pod('v1alpha2')).toBe(pod('v1beta1'));
    expect(pod('v1alpha2')).not.toBe(pod('v1'));
    expect(pod('v1alpha2')?.id).not.toBe(pod('v1')?.id);
    // The DNS01 solver differs by key spelling: v1alpha2 and v1alpha3 share it, v1beta1 does not.
    const dns = (v: (typeof VERSIONS)[number]) => defAt(issuerSchema(v, 'Issuer'), `${S}.dns01`);
    expect(dns('v1alpha2')).toBe(dns('v1alpha3'));
    expect(dns('v1alpha3')?.id).not.toBe(dns('v1beta1')?.id);
  });
});
