import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_FEATURE_GATES } from '../../../src/validation/feature-gates.js';
import { validateClusterIssuer, validateIssuer } from '../../../src/validation/issuer/index.js';

const ctx = { operation: 'CREATE' as const, oldObject: undefined, gates: DEFAULT_FEATURE_GATES };

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
  test('never throw and never mutate the input', () => {
    fc.assert(
      fc.property(json, (spec) => {
        const object = { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', spec };
        const before = JSON.stringify(object);
        const a = validateIssuer(object, ctx);
        const b = validateClusterIssuer(object, ctx);
        expect(JSON.stringify(object)).toBe(before);
        expect(b).toEqual(a);
        for (const e of a.errors) expect(e.field.startsWith('spec')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
