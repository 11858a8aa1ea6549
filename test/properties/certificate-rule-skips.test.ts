// Property: validateCertificateSpec, which skips the rules whose fields are absent, finds exactly
// what running every rule in order finds (the straightforward form below), on generated specs of
// every release, with and without feature gates.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { FieldError } from '../../src/field/field-error.js';
import { Path } from '../../src/field/path.js';
import { type CertManagerRelease, CERT_MANAGER_RELEASES } from '../../src/release/release.js';
import { str, type JsonObject } from '../../src/util/json.js';
import { validateDurations } from '../../src/validation/certificate/durations.js';
import { validateEmailAddresses, validateIdentity, validateIpAddresses } from '../../src/validation/certificate/identity.js';
import { validateCertificateSpec } from '../../src/validation/certificate/index.js';
import { validateKeystores } from '../../src/validation/certificate/keystores.js';
import { validateLiteralSubject } from '../../src/validation/certificate/literal-subject.js';
import { validateNameConstraints } from '../../src/validation/certificate/name-constraints.js';
import { validateOtherNames } from '../../src/validation/certificate/other-names.js';
import { validateAdditionalOutputFormats } from '../../src/validation/certificate/output-formats.js';
import { validatePrivateKey, validateSignatureAlgorithm } from '../../src/validation/certificate/private-key.js';
import { validateRenewal } from '../../src/validation/certificate/renewal.js';
import { validateIssuerRef, validateSecretName } from '../../src/validation/certificate/secret-issuer.js';
import { validateSecretTemplate } from '../../src/validation/certificate/secret-template.js';
import { validateRevisionHistoryLimit, validateUsages } from '../../src/validation/certificate/usages.js';
import { resolveFeatureGates } from '../../src/validation/feature-gates.js';
import { hasRule } from '../../src/validation/release-rules.js';
import type { RuleContext } from '../../src/validation/types.js';

/** The straightforward form: every rule runs, in upstream's order. */
function everyRule(spec: JsonObject, ctx: RuleContext): FieldError[] {
  const path = Path.root('spec');
  const literal = validateLiteralSubject(spec, path, ctx);
  const commonName = literal.commonName ?? str(spec, 'commonName');
  const release = ctx.release;
  return [
    ...validateSecretName(spec, path),
    ...validateIssuerRef(spec, path),
    ...literal.errors,
    ...validateIdentity(spec, path, commonName, release),
    ...validateIpAddresses(spec, path),
    ...validateEmailAddresses(spec, path),
    ...validateOtherNames(spec, path, ctx),
    ...validatePrivateKey(spec, path),
    ...(hasRule('CERT-SIGNATUREALGORITHM-MISMATCH', release) ? validateSignatureAlgorithm(spec, path) : []),
    ...validateDurations(spec, path, release),
    ...validateUsages(spec, path),
    ...validateRevisionHistoryLimit(spec, path),
    ...validateSecretTemplate(spec, path),
    ...validateNameConstraints(spec, path, ctx),
    ...validateAdditionalOutputFormats(spec, path, ctx),
    ...(hasRule('CERT-KEYSTORE-JKS-PASSWORD-EXCLUSIVE', release) ? validateKeystores(spec, path) : []),
    ...(hasRule('CERT-RENEWAL-POLICY-UNSUPPORTED', release) ? validateRenewal(spec, path) : []),
  ];
}

/** Values each field takes: valid ones, wrong ones, wrong types, null. */
const FIELDS: Record<string, readonly unknown[]> = {
  secretName: ['web-tls', 'Bad_Name', '', 5],
  issuerRef: [{ name: 'ca' }, { name: 'x', kind: 'Foo' }, { kind: 'Issuer' }, 'ca'],
  commonName: ['web.example.com', 'x'.repeat(70), ''],
  literalSubject: ['CN=web,O=Example', 'CN=a,FOO=b', 'not a dn =', '', 3],
  subject: [{ organizations: ['Example'] }, {}],
  dnsNames: [['web.example.com'], [], 'x'],
  ipAddresses: [['10.0.0.1'], ['bad'], [], 'x'],
  emailAddresses: [['a@example.com'], ['A <a@example.com>'], ['@'], []],
  uris: [['spiffe://x'], []],
  otherNames: [[{ oid: '1.2.3', utf8Value: 'x' }], [{ oid: 'x' }], [], {}],
  privateKey: [{ algorithm: 'ECDSA', size: 256 }, { algorithm: 'RSA', size: 100 }, { algorithm: 'DSA' }, {}, 'x'],
  signatureAlgorithm: ['SHA256WithRSA', 'PureEd25519', '', 1],
  duration: ['2160h', '30m', '90d', '', 5],
  renewBefore: ['360h', '1m', '3000h', 'x'],
  renewBeforePercentage: [10, 99, 1.5, 'x'],
  usages: [['server auth'], ['server-auth', 3], [], 'x'],
  revisionHistoryLimit: [3, 0, -1, 'x'],
  secretTemplate: [
    { labels: { a: 'b' }, annotations: { 'x/y': 'z' } },
    { labels: { 'a b': '!' } },
    { annotations: { 'cert-manager.io/x': 'y' } },
    {},
    'x',
  ],
  nameConstraints: [{ permitted: { dnsDomains: ['x'] } }, {}, { excluded: { ipRanges: ['bad'] } }],
  isCA: [true, false],
  additionalOutputFormats: [[{ type: 'DER' }, { type: 'DER' }], [{ type: 'CombinedPEM' }], [], 'x'],
  keystores: [{ jks: { create: true } }, { pkcs12: { password: '' } }, { jks: { password: 'x', passwordSecretRef: { name: 'a' } } }, {}],
  renewal: [{ policy: 'Disabled', windows: [{}] }, { policy: 'x' }, { policy: 'RenewBefore', windows: [{ cron: 'bad' }] }, {}],
};

const spec = fc.record(Object.fromEntries(Object.entries(FIELDS).map(([k, vs]) => [k, fc.constantFrom(...vs, null)])), {
  requiredKeys: [],
}) as fc.Arbitrary<JsonObject>;

const ctx = fc
  .record({ release: fc.constantFrom(...CERT_MANAGER_RELEASES), allGates: fc.boolean(), operation: fc.constantFrom('CREATE', 'UPDATE') })
  .map(({ release, allGates, operation }): RuleContext => {
    const defaults = resolveFeatureGates(undefined, release as CertManagerRelease);
    const gates = allGates ? Object.fromEntries(Object.keys(defaults).map((g) => [g, true])) : defaults;
    return {
      release: release as CertManagerRelease,
      gates: gates as RuleContext['gates'],
      operation: operation as 'CREATE',
      oldObject: undefined,
    };
  });

describe('Certificate rules skip only what finds nothing', () => {
  test('CERT-*: validateCertificateSpec equals running every rule', () => {
    fc.assert(
      fc.property(spec, ctx, (s, c) => {
        expect(validateCertificateSpec(s, c)).toEqual(everyRule(s, c));
      }),
      { seed: 16023, numRuns: 1500 },
    );
  });
});
