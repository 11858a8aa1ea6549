import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_FEATURE_GATES } from '../../../src/validation/feature-gates.js';
import { validateClusterIssuer, validateIssuer } from '../../../src/validation/issuer/index.js';

const ctx = { operation: 'CREATE' as const, oldObject: undefined, gates: DEFAULT_FEATURE_GATES, release: 'master' as const };
/** Issuer errors all come from spec rules: issuer rules or secret key selector rules. */
const ISSUER_RULE = /^(ISS|SKS)(-[A-Z0-9]+)+$/;

/** Arbitrary JSON, biased towards the field names the issuer rules read. */
const KEYS = [
  'acme',
  'ca',
  'selfSigned',
  'vault',
  'venafi',
  'solvers',
  'http01',
  'dns01',
  'ingress',
  'gatewayHTTPRoute',
  'parentRefs',
  'kind',
  'name',
  'key',
  'class',
  'ingressClassName',
  'serviceType',
  'nameservers',
  'cnameStrategy',
  'akamai',
  'azureDNS',
  'cloudDNS',
  'cloudflare',
  'route53',
  'acmeDNS',
  'digitalocean',
  'rfc2136',
  'webhook',
  'managedIdentity',
  'nameserver',
  'tsigAlgorithm',
  'tsigKeyName',
  'tsigSecretSecretRef',
  'caBundle',
  'skipTLSVerify',
  'externalAccountBinding',
  'keyAlgorithm',
  'auth',
  'appRole',
  'kubernetes',
  'aws',
  'clientCertificate',
  'serviceAccountRef',
  'mountPath',
  'path',
  'tpp',
  'cloud',
  'ngts',
  'ocspServers',
  'issuingCertificateURLs',
  'waitInsteadOfSelfCheck',
  'clientCertSecretRef',
  'clientKeySecretRef',
];
const text = fc.oneof(
  fc.string(),
  fc.constantFrom('', '..', 'a/../b', '-1s', 'https://', '[::1]:53', 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t'),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('issuer validators on arbitrary JSON', () => {
  test('never throw and never mutate the input; every error carries an ISS-/SKS- rule ID', () => {
    fc.assert(
      fc.property(json, (spec) => {
        const object = { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', spec };
        const before = JSON.stringify(object);
        const a = validateIssuer(object, ctx);
        const b = validateClusterIssuer(object, ctx);
        expect(JSON.stringify(object)).toBe(before);
        expect(b).toEqual(a);
        for (const e of a.errors) {
          expect(e.field.startsWith('spec')).toBe(true);
          expect(e.rule).toMatch(ISSUER_RULE);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/** Every issuer section fully populated, so that replacing any node reaches every rule. */
const FULL_SPECS: unknown[] = [
  {
    acme: {
      server: 's',
      privateKeySecretRef: { name: 'k' },
      caBundle: 'YWJj',
      skipTLSVerify: true,
      externalAccountBinding: { keyID: 'k', keyAlgorithm: 'HS256', keySecretRef: { name: 'n', key: 'k' } },
      solvers: [
        {
          waitInsteadOfSelfCheck: '-1s',
          http01: {
            ingress: { class: 'c', ingressClassName: 'i', name: 'n', serviceType: 'x' },
            gatewayHTTPRoute: { serviceType: 'x', parentRefs: [{ name: 'a' }, { kind: '' }] },
          },
        },
        {
          dns01: {
            cnameStrategy: 'x',
            nameservers: ['a', 'https://'],
            akamai: { serviceConsumerDomain: 'd', accessTokenSecretRef: {}, clientSecretSecretRef: {}, clientTokenSecretRef: {} },
            azureDNS: {
              clientID: 'c',
              tenantID: 't',
              clientSecretSecretRef: {},
              managedIdentity: { clientID: 'c', resourceID: 'r', tenantID: 't' },
            },
            cloudDNS: { serviceAccountSecretRef: {} },
            cloudflare: { apiKeySecretRef: {}, apiTokenSecretRef: {} },
            route53: { accessKeyID: 'a', accessKeyIDSecretRef: {} },
            acmeDNS: { accountSecretRef: {} },
            digitalocean: { tokenSecretRef: {} },
            rfc2136: { nameserver: 'n', tsigAlgorithm: 'x', tsigKeyName: 'k', tsigSecretSecretRef: {} },
            webhook: {},
          },
        },
        { dns01: { azureDNS: { managedIdentity: { tenantID: 't', resourceID: 'r' } }, rfc2136: {} } },
      ],
    },
  },
  { ca: { secretName: '', ocspServers: [''], issuingCertificateURLs: [''] } },
  {
    vault: {
      server: '',
      path: '..',
      caBundle: 'YWJj',
      caBundleSecretRef: { name: 'n' },
      clientCertSecretRef: {},
      auth: {
        appRole: { path: '..', secretRef: {} },
        clientCertificate: { mountPath: '..' },
        kubernetes: { mountPath: '..', secretRef: { name: 's' }, serviceAccountRef: {} },
        aws: { mountPath: '..', serviceAccountRef: {} },
      },
    },
  },
  { venafi: { tpp: { caBundle: 'YWJj', caBundleSecretRef: {} }, cloud: {}, ngts: { credentialsRef: {} } } },
];

/** The JSON pointer-like key paths of every node of a value. */
function nodePaths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(v)) for (const [i, x] of v.entries()) out.push(...nodePaths(x, [...at, i]));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...nodePaths(x, [...at, k]));
  return out;
}

function replaced(v: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
  copy[head] = replaced(copy[head], rest, value);
  return copy;
}

describe('issuer validators on populated specs with one node replaced by arbitrary JSON', () => {
  test('never throw and never mutate the input; every error carries an ISS-/SKS- rule ID', () => {
    const cases = fc.constantFrom(...FULL_SPECS).chain((spec) => fc.tuple(fc.constant(spec), fc.constantFrom(...nodePaths(spec)), json));
    fc.assert(
      fc.property(cases, ([spec, path, value]) => {
        const object = { spec: replaced(spec, path, value) };
        const before = JSON.stringify(object);
        const found = validateIssuer(object, ctx);
        expect(JSON.stringify(object)).toBe(before);
        for (const e of found.errors) {
          expect(typeof e.detail).toBe('string');
          expect(e.rule).toMatch(ISSUER_RULE);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
