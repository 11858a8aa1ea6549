// Webhook rules that differ between cert-manager releases (issue 12): one row per rule (or rule
// aspect, RULE-ID#aspect) and release, saying whether the rule fires for an object made to
// trigger it. The releases come from each release's internal/apis/certmanager/validation and
// internal/apis/acme/validation. schema: false — only the rules are tested here, not which
// fields each release's CRD knows.
import { describe, expect, test } from 'vitest';
import type { ValidationResult } from '../../src/index.js';
import { validate } from '../../src/index.js';
import { CERT_MANAGER_RELEASES, type CertManagerRelease } from '../../src/release/release.js';
import type { Operation } from '../../src/validation/types.js';
import { certificateRequest, der, ext, EKU, KU, requestOf, toPem, buildCsrDer } from './certificaterequest/csr-builder.js';

type Obj = Record<string, unknown>;

interface Case {
  /** RULE-ID or RULE-ID#aspect: the behaviour under test. */
  readonly name: string;
  readonly object: unknown;
  /** The rule ID whose error shows the behaviour (or a warning check). */
  readonly fires: string | ((r: ValidationResult) => boolean);
  /** First release where it fires. */
  readonly since?: CertManagerRelease;
  /** First release where it no longer fires. */
  readonly until?: CertManagerRelease;
  /** It fires in no release. */
  readonly never?: true;
  readonly featureGates?: Obj;
  readonly operation?: Operation;
  readonly oldObject?: unknown;
}

const META = { name: 'x', namespace: 'default' };
const cert = (spec: Obj): Obj => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: META,
  spec: { secretName: 's', issuerRef: { name: 'i' }, ...spec },
});
const withDns = (spec: Obj) => cert({ dnsNames: ['example.com'], ...spec });
const issuer = (spec: Obj): Obj => ({ apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: META, spec });
const solver = (s: Obj) => issuer({ acme: { server: 'https://acme.example', privateKeySecretRef: { name: 'k' }, solvers: [s] } });
const vault = (v: Obj) => issuer({ vault: { server: 'https://vault', path: 'pki/sign/r', ...v } });
const TOKEN = { tokenSecretRef: { name: 't', key: 'k' } };
const venafi = (v: Obj) => issuer({ venafi: { zone: 'z', ...v } });
const ON = { LiteralCertificateSubject: true, OtherNames: true, NameConstraints: true };

/** A valid CSR PEM with leading blank lines, `size` bytes long. */
const paddedRequest = (size: number) => {
  const pem = toPem(buildCsrDer());
  return Buffer.from(`${'\n'.repeat(size - pem.length)}${pem}`).toString('base64');
};
/** A CSR carrying a nameConstraints extension with the given value. */
const ncRequest = (value: Uint8Array) => requestOf({ extensions: [{ oid: '2.5.29.30', critical: true, value }] });

const CASES: readonly Case[] = [
  // Certificate
  {
    name: 'CERT-LITERALSUBJECT-SUBJECT-EXCLUSIVE#serialNumber',
    object: cert({ literalSubject: 'CN=a', subject: { serialNumber: '1' } }),
    fires: 'CERT-LITERALSUBJECT-SUBJECT-EXCLUSIVE',
    since: 'v1.13',
    featureGates: ON,
  },
  {
    name: 'CERT-LITERALSUBJECT-PARSE#hex',
    object: cert({ literalSubject: 'CN=a,O=#0c03616263' }),
    fires: 'CERT-LITERALSUBJECT-PARSE',
    until: 'v1.15',
    featureGates: ON,
  },
  {
    // v1.12 (go-ldap v3.4.4) reads `a=b` as a new attribute type `a`.
    name: 'CERT-LITERALSUBJECT-PARSE#equalsInValue',
    object: cert({ literalSubject: 'CN=a=b' }),
    fires: 'CERT-LITERALSUBJECT-UNKNOWN-ATTR',
    until: 'v1.13',
    featureGates: ON,
  },
  {
    name: 'CERT-LITERALSUBJECT-PARSE#goLdap348',
    object: cert({ literalSubject: 'CN=a,O=b,' }),
    fires: 'CERT-LITERALSUBJECT-PARSE',
    since: 'v1.15',
    featureGates: ON,
  },
  {
    name: 'CERT-LITERALSUBJECT-PARSE#goLdap3414',
    object: cert({ literalSubject: 'CN=a<b' }),
    fires: 'CERT-LITERALSUBJECT-PARSE',
    since: 'master',
    featureGates: ON,
  },
  {
    name: 'CERT-LITERALSUBJECT-UNKNOWN-ATTR#oid',
    object: cert({ literalSubject: 'CN=a,1.2.3.4=x' }),
    fires: 'CERT-LITERALSUBJECT-UNKNOWN-ATTR',
    until: 'v1.15',
    featureGates: ON,
  },
  {
    name: 'CERT-IDENTITY-REQUIRED#otherNames',
    object: cert({ otherNames: [{ oid: '1.2.3', utf8Value: 'v' }] }),
    fires: 'CERT-IDENTITY-REQUIRED',
    until: 'v1.14',
    featureGates: ON,
  },
  {
    name: 'CERT-OTHERNAME-OID-SYNTAX',
    object: withDns({ otherNames: [{ oid: 'x', utf8Value: 'v' }] }),
    fires: 'CERT-OTHERNAME-OID-SYNTAX',
    since: 'v1.14',
    featureGates: ON,
  },
  {
    name: 'CERT-NAMECONSTRAINTS-REQUIRES-ISCA',
    object: withDns({ nameConstraints: { permitted: { dnsDomains: ['a.example'] } } }),
    fires: 'CERT-NAMECONSTRAINTS-REQUIRES-ISCA',
    since: 'v1.14',
    featureGates: ON,
  },
  {
    name: 'CERT-NAMECONSTRAINTS-IPRANGE-CIDR',
    object: withDns({ isCA: true, nameConstraints: { permitted: { ipRanges: ['10.0.0.1'] } } }),
    fires: 'CERT-NAMECONSTRAINTS-IPRANGE-CIDR',
    since: 'master',
    featureGates: ON,
  },
  {
    name: 'CERT-SIGNATUREALGORITHM-MISMATCH',
    object: withDns({ signatureAlgorithm: 'PureEd25519' }),
    fires: 'CERT-SIGNATUREALGORITHM-MISMATCH',
    since: 'v1.18',
  },
  {
    name: 'CERT-RENEWBEFORE-PERCENTAGE-EXCLUSIVE',
    object: withDns({ renewBefore: '1h', renewBeforePercentage: 50 }),
    fires: 'CERT-RENEWBEFORE-PERCENTAGE-EXCLUSIVE',
    since: 'v1.16',
  },
  {
    // 87600h × 50 overflows int64 before v1.21, giving a negative renewBefore.
    name: 'CERT-RENEWBEFOREPERCENTAGE-MIN#float',
    object: withDns({ duration: '87600h', renewBeforePercentage: 50 }),
    fires: 'CERT-RENEWBEFOREPERCENTAGE-MIN',
    since: 'v1.16',
    until: 'v1.21',
  },
  {
    name: 'CERT-KEYSTORE-JKS-PASSWORD-EMPTY',
    object: withDns({ keystores: { jks: { create: true, password: '' } } }),
    fires: 'CERT-KEYSTORE-JKS-PASSWORD-EMPTY',
    since: 'v1.17',
  },
  {
    name: 'CERT-RENEWAL-POLICY-UNSUPPORTED',
    object: withDns({ renewal: { policy: 'Sometimes' } }),
    fires: 'CERT-RENEWAL-POLICY-UNSUPPORTED',
    since: 'v1.21',
  },
  {
    name: 'CERT-ADDITIONALOUTPUTFORMATS-GATE',
    object: withDns({ additionalOutputFormats: [{ type: 'DER' }] }),
    fires: 'CERT-ADDITIONALOUTPUTFORMATS-GATE',
    until: 'v1.18',
    featureGates: { AdditionalCertificateOutputFormats: false },
  },
  {
    name: 'WARN-CERT-ROTATIONPOLICY-DEFAULT',
    object: withDns({}),
    fires: (r) => r.warnings.some((w) => w.includes('rotationPolicy')),
    since: 'v1.18',
    until: 'v1.20',
  },
  {
    name: 'WARN-CERT-ROTATIONPOLICY-DEFAULT#update',
    object: withDns({}),
    operation: 'UPDATE',
    oldObject: withDns({}),
    fires: (r) => r.warnings.length > 0,
    never: true,
  },
  {
    name: 'WARN-CERT-ROTATIONPOLICY-DEFAULT#set',
    object: withDns({ privateKey: { rotationPolicy: 'Never' } }),
    fires: (r) => r.warnings.length > 0,
    never: true,
  },
  // CertificateRequest
  {
    name: 'CR-REQUEST-LEGACY',
    object: certificateRequest({ request: btoa('not a PEM') }),
    fires: 'CR-REQUEST-LEGACY',
    until: 'v1.13',
  },
  {
    name: 'CR-REQUEST-PEM-MISSING',
    object: certificateRequest({ request: btoa('not a PEM') }),
    fires: 'CR-REQUEST-PEM-MISSING',
    since: 'v1.13',
  },
  {
    name: 'CR-REQUEST-CSR-SIGNATURE',
    object: certificateRequest({ request: requestOf({ tamper: true }) }),
    fires: 'CR-REQUEST-CSR-SIGNATURE',
    since: 'v1.13',
  },
  {
    name: 'CR-REQUEST-CSR-SIGNATURE#rsa1024min',
    object: certificateRequest({ request: requestOf({ key: 'rsa-512' }) }),
    fires: 'CR-REQUEST-CSR-SIGNATURE',
    since: 'v1.18',
  },
  {
    name: 'CR-REQUEST-ISCA-MISMATCH',
    object: certificateRequest({ request: requestOf({ extensions: [ext.basicConstraints(true)] }) }),
    fires: 'CR-REQUEST-ISCA-MISMATCH',
    since: 'v1.13',
  },
  {
    name: 'CR-REQUEST-LEGACY#usages',
    object: certificateRequest({
      usages: ['server auth'],
      request: requestOf({ extensions: [ext.keyUsage([KU.digitalSignature]), ext.extKeyUsage([EKU.client])] }),
    }),
    fires: 'CR-REQUEST-LEGACY',
    until: 'v1.13',
  },
  {
    // v1.12 passed when the CSR's usages were the defaults, whatever spec.usages said.
    name: 'CR-REQUEST-LEGACY#defaults',
    object: certificateRequest({
      usages: ['server auth'],
      request: requestOf({ extensions: [ext.keyUsage([KU.digitalSignature, KU.keyEncipherment])] }),
    }),
    fires: 'CR-REQUEST-KEYUSAGE-MISMATCH',
    since: 'v1.13',
  },
  {
    // v1.12 skipped the usage comparison after an issuerRef error.
    name: 'CR-REQUEST-LEGACY#afterIssuerRefError',
    object: {
      ...certificateRequest({
        usages: ['server auth'],
        request: requestOf({ extensions: [ext.keyUsage([KU.digitalSignature]), ext.extKeyUsage([EKU.client])] }),
      }),
      spec: {
        issuerRef: { name: '' },
        usages: ['server auth'],
        request: requestOf({ extensions: [ext.keyUsage([KU.digitalSignature]), ext.extKeyUsage([EKU.client])] }),
      },
    },
    fires: (r) => r.errors.some((e) => e.field === 'spec.request'),
    since: 'v1.13',
  },
  {
    name: 'CR-REQUEST-INSECURE-USAGES-GATE',
    object: certificateRequest({ request: requestOf({ extensions: [ext.keyUsage([KU.certSign])] }) }),
    fires: 'CR-REQUEST-KEYUSAGE-MISMATCH',
    since: 'v1.15',
    featureGates: { DisallowInsecureCSRUsageDefinition: false },
  },
  {
    name: 'CR-REQUEST-PEM-TOO-LARGE',
    object: certificateRequest({ request: paddedRequest(7000) }),
    fires: 'CR-REQUEST-PEM-TOO-LARGE',
    since: 'v1.15',
    until: 'v1.18',
  },
  {
    name: 'CR-REQUEST-PEM-TOO-LARGE#legacy',
    object: certificateRequest({ request: paddedRequest(7000) }),
    fires: 'CR-REQUEST-LEGACY',
    until: 'v1.13',
  },
  {
    name: 'CR-REQUEST-PEM-TOO-LARGE#36500',
    object: certificateRequest({ request: paddedRequest(37000) }),
    fires: 'CR-REQUEST-PEM-TOO-LARGE',
    since: 'v1.15',
  },
  {
    name: 'CR-REQUEST-CSR-EXTENSION#nameConstraints',
    object: certificateRequest({ request: ncRequest(der.seq()) }),
    fires: 'CR-REQUEST-CSR-EXTENSION',
    since: 'v1.14',
  },
  {
    name: 'CR-REQUEST-CSR-EXTENSION#strictTags',
    object: certificateRequest({ request: ncRequest(der.seq(der.ctx(0, der.seq(der.ctxPrim(3, Uint8Array.of(1)))))) }),
    fires: 'CR-REQUEST-CSR-EXTENSION',
    since: 'v1.19',
  },
  {
    name: 'CR-REQUEST-INVALID#truncated',
    object: certificateRequest({ request: requestOf({ tamper: true }) }),
    fires: (r) => r.errors.some((e) => e.field === 'spec.request' && typeof e.badValue === 'string' && e.badValue.length <= 100),
    since: 'v1.18',
  },
  // Issuer
  {
    name: 'ISS-CA-ISSUINGCERTURL-EMPTY',
    object: issuer({ ca: { secretName: 's', issuingCertificateURLs: [''] } }),
    fires: 'ISS-CA-ISSUINGCERTURL-EMPTY',
    since: 'v1.14',
  },
  {
    name: 'ISS-VAULT-CLIENTKEY-REQUIRED',
    object: vault({ auth: TOKEN, clientCertSecretRef: { name: 'c' } }),
    fires: 'ISS-VAULT-CLIENTKEY-REQUIRED',
    since: 'v1.15',
  },
  {
    name: 'ISS-VAULT-AUTH-METHOD-REQUIRED#clientCertificate',
    object: vault({ auth: { clientCertificate: {} } }),
    fires: 'ISS-VAULT-AUTH-METHOD-REQUIRED',
    until: 'v1.16',
  },
  {
    name: 'ISS-VAULT-AUTH-METHOD-REQUIRED#aws',
    object: vault({ auth: { aws: { role: 'r' } } }),
    fires: 'ISS-VAULT-AUTH-METHOD-REQUIRED',
    until: 'v1.21',
  },
  {
    name: 'ISS-VAULT-AUTH-AWS-ROLE-REQUIRED',
    object: vault({ auth: { ...TOKEN, aws: {} } }),
    fires: 'ISS-VAULT-AUTH-AWS-ROLE-REQUIRED',
    since: 'v1.21',
  },
  { name: 'ISS-VAULT-PATH-DOTDOT', object: vault({ path: 'pki/../sign/r', auth: TOKEN }), fires: 'ISS-VAULT-PATH-DOTDOT', since: 'v1.21' },
  {
    name: 'ISS-VAULT-AUTH-APPROLE-PATH-DOTDOT',
    object: vault({ auth: { appRole: { path: '../x', roleId: 'r', secretRef: { name: 's' } } } }),
    fires: 'ISS-VAULT-AUTH-APPROLE-PATH-DOTDOT',
    since: 'v1.21',
  },
  {
    name: 'ISS-VENAFI-TPP-CABUNDLE-EXCLUSIVE',
    object: venafi({ tpp: { url: 'https://tpp', caBundle: 'eA==', caBundleSecretRef: { name: 'c' } } }),
    fires: 'ISS-VENAFI-TPP-CABUNDLE-EXCLUSIVE',
    since: 'v1.16',
  },
  {
    name: 'ISS-VENAFI-NGTS',
    object: venafi({ ngts: { tsgID: 't', credentialsRef: { name: 'c' } } }),
    fires: 'ISS-VENAFI-MODE-REQUIRED',
    until: 'v1.21',
  },
  { name: 'ISS-VENAFI-NGTS-TSGID-REQUIRED', object: venafi({ ngts: {} }), fires: 'ISS-VENAFI-NGTS-TSGID-REQUIRED', since: 'v1.21' },
  {
    name: 'ISS-DNS01-ROUTE53-REGION-REQUIRED',
    object: solver({ dns01: { route53: {} } }),
    fires: 'ISS-DNS01-ROUTE53-REGION-REQUIRED',
    until: 'v1.16',
  },
  {
    name: 'ISS-DNS01-AZURE-MI-TENANTID-NEEDS-CLIENTID',
    object: solver({ dns01: { azureDNS: { subscriptionID: 's', resourceGroupName: 'g', managedIdentity: { tenantID: 't' } } } }),
    fires: 'ISS-DNS01-AZURE-MI-TENANTID-NEEDS-CLIENTID',
    since: 'v1.17',
  },
  {
    name: 'ISS-ACME-HTTP01-INGRESS-CLASS-EXCLUSIVE#anyTwo',
    object: solver({ http01: { ingress: { class: 'a', name: 'b' } } }),
    fires: 'ISS-ACME-HTTP01-INGRESS-CLASS-EXCLUSIVE',
    since: 'v1.19',
  },
  {
    name: 'ISS-ACME-HTTP01-INGRESS-CLASS-EXCLUSIVE#allThree',
    object: solver({ http01: { ingress: { class: 'a', ingressClassName: 'b', name: 'c' } } }),
    fires: 'ISS-ACME-HTTP01-INGRESS-CLASS-EXCLUSIVE',
  },
  {
    name: 'ISS-ACME-HTTP01-GATEWAY-PARENTREFS-REQUIRED',
    object: solver({ http01: { gatewayHTTPRoute: {} } }),
    fires: 'ISS-ACME-HTTP01-GATEWAY-PARENTREFS-REQUIRED',
    until: 'v1.20',
  },
  {
    name: 'ISS-ACME-HTTP01-GATEWAY-PARENTREF-KIND-REQUIRED',
    object: solver({ http01: { gatewayHTTPRoute: { parentRefs: [{ name: 'gw' }] } } }),
    fires: 'ISS-ACME-HTTP01-GATEWAY-PARENTREF-KIND-REQUIRED',
    since: 'v1.20',
  },
  {
    name: 'ISS-ACME-SOLVER-WAIT-NEGATIVE',
    object: solver({ http01: { ingress: {} }, waitInsteadOfSelfCheck: '-1s' }),
    fires: 'ISS-ACME-SOLVER-WAIT-NEGATIVE',
    since: 'v1.21',
  },
  {
    name: 'ISS-DNS01-NAMESERVER-INVALID',
    object: solver({ dns01: { nameservers: ['nope'], webhook: { solverName: 's', groupName: 'g' } } }),
    fires: 'ISS-DNS01-NAMESERVER-INVALID',
    since: 'master',
  },
];

const index = (r: CertManagerRelease) => CERT_MANAGER_RELEASES.indexOf(r);
const ROWS = CASES.flatMap((c) =>
  CERT_MANAGER_RELEASES.map((release) => ({
    title: `${c.name} ${release}`,
    c,
    release,
    expected:
      c.never !== true &&
      (c.since === undefined || index(release) >= index(c.since)) &&
      (c.until === undefined || index(release) < index(c.until)),
  })),
);

describe('webhook rules per release', () => {
  test.each(ROWS)('$title: fires $expected', ({ c, release, expected }) => {
    const result = validate(c.object, {
      schema: false,
      certManagerVersion: release,
      featureGates: c.featureGates ?? {},
      operation: c.operation ?? 'CREATE',
      oldObject: c.oldObject,
    });
    const fired = typeof c.fires === 'string' ? result.errors.some((e) => e.rule === c.fires) : c.fires(result);
    expect(fired, JSON.stringify(result.errors.map((e) => `${e.rule} ${e.field}`))).toBe(expected);
  });
});
