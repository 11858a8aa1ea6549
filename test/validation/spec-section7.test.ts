/**
 * spec/validation.md §7 (differences master vs v1.15.5): cmapi implements master, so the
 * v1.15.5-only rules must not fire and the master-only rules and behaviour changes must hold.
 */
import { describe, expect, test } from 'vitest';
import type { FieldError } from '../../src/field/field-error.js';
import { validate } from '../../src/index.js';
import { DEFAULT_FEATURE_GATES } from '../../src/validation/feature-gates.js';

type Obj = Record<string, unknown>;
const rules = (errors: FieldError[]): string[] => errors.map((e) => `${e.rule ?? '-'} ${e.field}`);
const cert = (spec: Obj, featureGates: Obj = {}) =>
  validate(
    {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: { name: 'c' },
      spec: { secretName: 's', issuerRef: { name: 'i' }, dnsNames: ['a.example'], ...spec },
    },
    { schema: false, featureGates },
  ).errors;
const issuer = (spec: Obj) =>
  validate({ apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'i', namespace: 'n' }, spec }, { schema: false }).errors;
const solver = (s: Obj) => issuer({ acme: { server: 'https://a', privateKeySecretRef: { name: 'k' }, solvers: [s] } });
const S0 = 'spec.acme.solvers[0]';

describe('§7 rules that exist only in v1.15.5 do not fire', () => {
  test('§7 CERT-ADDITIONALOUTPUTFORMATS-GATE: the gate is not consulted; duplicates are still reported', () => {
    const formats = [{ type: 'DER' }, { type: 'DER' }];
    expect(rules(cert({ additionalOutputFormats: formats }, { AdditionalCertificateOutputFormats: false }))).toEqual([
      'CERT-ADDITIONALOUTPUTFORMATS-DUPLICATE spec.additionalOutputFormats[type]',
    ]);
    expect(cert({ additionalOutputFormats: [{ type: 'DER' }] }, { AdditionalCertificateOutputFormats: false })).toEqual([]);
  });

  test('§7 ISS-ACME-HTTP01-GATEWAY-PARENTREFS-REQUIRED: an empty or missing parentRefs list is valid', () => {
    expect(solver({ http01: { gatewayHTTPRoute: { parentRefs: [] } } })).toEqual([]);
    expect(solver({ http01: { gatewayHTTPRoute: {} } })).toEqual([]);
  });

  test('§7 ISS-DNS01-ROUTE53-REGION-REQUIRED: route53 without a region is valid', () => {
    expect(solver({ dns01: { route53: {} } })).toEqual([]);
    expect(solver({ dns01: { route53: { region: '' } } })).toEqual([]);
  });
});

describe('§7 behaviour changed in master', () => {
  test('§7 ISS-ACME-HTTP01-INGRESS-CLASS-EXCLUSIVE fires for any two of class, ingressClassName and name', () => {
    const ingress = (i: Obj) => rules(solver({ http01: { ingress: i } }));
    const exclusive = `ISS-ACME-HTTP01-INGRESS-CLASS-EXCLUSIVE ${S0}.http01.ingress`;
    expect(ingress({ class: 'a', name: 'n' })).toEqual([exclusive]);
    expect(ingress({ class: 'a', ingressClassName: 'b' })).toEqual([exclusive]);
    expect(ingress({ ingressClassName: 'b', name: 'n' })).toEqual([exclusive]);
    expect(ingress({ class: 'a', ingressClassName: 'b', name: 'n' })).toEqual([exclusive]);
    expect(ingress({ name: 'n' })).toEqual([]);
  });

  test("§7 feature-gate defaults are master's: OtherNames and NameConstraints are enabled", () => {
    expect(DEFAULT_FEATURE_GATES).toEqual({
      LiteralCertificateSubject: true,
      OtherNames: true,
      NameConstraints: true,
      AdditionalCertificateOutputFormats: true,
      DisallowInsecureCSRUsageDefinition: true,
    });
    expect(
      cert({ otherNames: [{ oid: '1.2.3', utf8Value: 'v' }], isCA: true, nameConstraints: { permitted: { dnsDomains: ['a'] } } }),
    ).toEqual([]);
  });

  test('§7 ISS-VAULT-AUTH-METHOD-REQUIRED and ISS-VENAFI-MODE-*: clientCertificate, aws and ngts are methods/modes', () => {
    const vault = (auth: Obj) => issuer({ vault: { server: 's', path: 'p', auth } });
    expect(vault({ clientCertificate: {} })).toEqual([]);
    expect(vault({ aws: { role: 'r' } })).toEqual([]);
    expect(rules(vault({}))).toEqual(['ISS-VAULT-AUTH-METHOD-REQUIRED spec.vault.auth']);
    expect(vault({})[0]?.detail).toMatch(/clientCertificate.*aws|aws.*clientCertificate/);
    expect(issuer({ venafi: { zone: 'z', ngts: { tsgID: 't', credentialsRef: { name: 'c' } } } })).toEqual([]);
    expect(issuer({ venafi: { zone: 'z' } })[0]?.detail).toContain('ngts');
  });
});

describe('§7 rules new in master fire', () => {
  test('§7 master-only Certificate rules', () => {
    expect(rules(cert({ privateKey: { algorithm: 'ECDSA' }, signatureAlgorithm: 'SHA256WithRSA' }))).toEqual([
      'CERT-SIGNATUREALGORITHM-MISMATCH spec.signatureAlgorithm',
    ]);
    expect(rules(cert({ isCA: true, nameConstraints: { excluded: { ipRanges: ['10.0.0.0'] } } }))).toEqual([
      'CERT-NAMECONSTRAINTS-IPRANGE-CIDR spec.nameConstraints.excluded.ipRanges[0]',
    ]);
  });

  test('§7 master-only Issuer rules', () => {
    expect(rules(solver({ waitInsteadOfSelfCheck: '-1s', dns01: { webhook: { solverName: 's' } } }))).toEqual([
      `ISS-ACME-SOLVER-WAIT-NEGATIVE ${S0}.waitInsteadOfSelfCheck`,
    ]);
    expect(rules(solver({ dns01: { nameservers: ['nope'], webhook: { solverName: 's' } } }))).toEqual([
      `ISS-DNS01-NAMESERVER-INVALID ${S0}.dns01.nameservers[0]`,
    ]);
    const mi = { subscriptionID: 's', resourceGroupName: 'r', managedIdentity: { tenantID: 't', resourceID: 'r' } };
    expect(rules(solver({ dns01: { azureDNS: mi } }))).toEqual([
      `ISS-DNS01-AZURE-MI-TENANTID-RESOURCEID-EXCLUSIVE ${S0}.dns01.azureDNS.managedIdentity`,
      `ISS-DNS01-AZURE-MI-TENANTID-NEEDS-CLIENTID ${S0}.dns01.azureDNS.managedIdentity`,
    ]);
    const auth = { aws: { mountPath: '../x', serviceAccountRef: { name: '' } } };
    expect(rules(issuer({ vault: { server: 's', path: 'a/../b', auth } }))).toEqual([
      'ISS-VAULT-PATH-DOTDOT spec.vault.path',
      'ISS-VAULT-AUTH-AWS-ROLE-REQUIRED spec.vault.auth.aws.role',
      'ISS-VAULT-AUTH-AWS-MOUNTPATH-DOTDOT spec.vault.auth.aws.mountPath',
      'ISS-VAULT-AUTH-AWS-SA-NAME-REQUIRED spec.vault.auth.aws.serviceAccountRef.name',
      'ISS-VAULT-AUTH-AWS-IAMROLEARN-REQUIRED spec.vault.auth.aws.iamRoleArn',
    ]);
  });
});
