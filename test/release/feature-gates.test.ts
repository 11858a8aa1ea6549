// Feature-gate defaults per cert-manager release (issue 12): for every gate and every release,
// the default read from that release's internal/webhook/feature/features.go, and a validation
// whose answer shows it; a gate the user passes overrides the release's default.
// schema: false — these test the webhook rules only, not which fields each release's CRD has.
import { describe, expect, test } from 'vitest';
import { validate } from '../../src/index.js';
import { CERT_MANAGER_RELEASES, type CertManagerRelease } from '../../src/release/release.js';
import { type FeatureGate, gateExists, releaseFeatureGates, resolveFeatureGates } from '../../src/validation/feature-gates.js';
import { certificateRequest, ext, KU, requestOf } from '../validation/certificaterequest/csr-builder.js';

/** The first release with the gate, and the first release where it is on by default. */
const EXPECTED: Readonly<Record<FeatureGate, { exists: CertManagerRelease; on: CertManagerRelease }>> = {
  LiteralCertificateSubject: { exists: 'v1.12', on: 'v1.15' },
  AdditionalCertificateOutputFormats: { exists: 'v1.12', on: 'v1.15' },
  DisallowInsecureCSRUsageDefinition: { exists: 'v1.13', on: 'v1.13' },
  OtherNames: { exists: 'v1.14', on: 'v1.20' },
  NameConstraints: { exists: 'v1.14', on: 'v1.17' },
};

const index = (r: CertManagerRelease) => CERT_MANAGER_RELEASES.indexOf(r);
const rows = (gate: FeatureGate) =>
  CERT_MANAGER_RELEASES.map((r) => ({
    gate,
    release: r,
    exists: index(r) >= index(EXPECTED[gate].exists),
    on: index(r) >= index(EXPECTED[gate].on),
  }));
const ALL = (Object.keys(EXPECTED) as FeatureGate[]).flatMap(rows);

describe('gate defaults per release', () => {
  test.each(ALL)('$gate $release: exists $exists, default on $on', ({ gate, release, exists, on }) => {
    expect(gateExists(gate, release)).toBe(exists);
    expect(releaseFeatureGates(release)[gate]).toBe(on);
  });

  test('user gates override the release defaults', () => {
    expect(resolveFeatureGates({ NameConstraints: true }, 'v1.15').NameConstraints).toBe(true);
    expect(resolveFeatureGates({ OtherNames: false }, 'master').OtherNames).toBe(false);
    expect(resolveFeatureGates({}, 'v1.15').NameConstraints).toBe(false);
  });
});

const META = { name: 'c', namespace: 'default' };
const cert = (spec: Record<string, unknown>) => ({
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: META,
  spec: { secretName: 's', issuerRef: { name: 'i' }, ...spec },
});
const rulesOf = (object: unknown, release: CertManagerRelease, featureGates = {}) =>
  validate(object, { schema: false, certManagerVersion: release, featureGates }).errors.map((e) => e.rule ?? '-');

/** What each gate guards, and the rule that refuses it when the gate is off. */
const GUARDED: Readonly<Record<FeatureGate, { object: unknown; rule: string }>> = {
  NameConstraints: {
    object: cert({ commonName: 'ca', isCA: true, nameConstraints: { permitted: { dnsDomains: ['example.com'] } } }),
    rule: 'CERT-NAMECONSTRAINTS-GATE',
  },
  OtherNames: {
    object: cert({ dnsNames: ['example.com'], otherNames: [{ oid: '1.3.6.1.4.1.311.20.2.3', utf8Value: 'user@example.com' }] }),
    rule: 'CERT-OTHERNAMES-GATE',
  },
  LiteralCertificateSubject: { object: cert({ literalSubject: 'CN=example.com,O=Example' }), rule: 'CERT-LITERALSUBJECT-GATE' },
  AdditionalCertificateOutputFormats: {
    object: cert({ dnsNames: ['example.com'], additionalOutputFormats: [{ type: 'DER' }] }),
    rule: 'CERT-ADDITIONALOUTPUTFORMATS-GATE',
  },
  // A CSR asking for cert sign while spec.usages is empty (so the defaults apply).
  DisallowInsecureCSRUsageDefinition: {
    object: certificateRequest({ request: requestOf({ extensions: [ext.keyUsage([KU.certSign])] }) }),
    rule: 'CR-REQUEST-KEYUSAGE-MISMATCH',
  },
};

/**
 * Whether the guarded object is refused by default. DisallowInsecureCSRUsageDefinition is the
 * reverse of the others: on refuses. A gate that does not exist leaves nothing to refuse (the
 * field is unknown to that release's CRD), except that v1.12 has no usage comparison here either.
 */
function refusedByDefault(gate: FeatureGate, release: CertManagerRelease): boolean {
  const { exists, on } = EXPECTED[gate];
  if (index(release) < index(exists)) return false;
  if (gate === 'DisallowInsecureCSRUsageDefinition') return true;
  // The output formats gate is GA and no longer consulted from v1.18.
  if (gate === 'AdditionalCertificateOutputFormats' && index(release) >= index('v1.18')) return false;
  return index(release) < index(on);
}

describe('each gate decides, per release, by default', () => {
  test.each(ALL)('$gate $release', ({ gate, release }) => {
    const { object, rule } = GUARDED[gate];
    const found = rulesOf(object, release);
    if (refusedByDefault(gate, release)) expect(found).toEqual([rule]);
    else expect(found).toEqual([]);
  });

  test('NameConstraints: a Certificate using nameConstraints is refused by v1.16 and accepted by v1.17 without gates', () => {
    const { object } = GUARDED.NameConstraints;
    expect(rulesOf(object, 'v1.16')).toEqual(['CERT-NAMECONSTRAINTS-GATE']);
    expect(rulesOf(object, 'v1.17')).toEqual([]);
  });
});

describe('user gates override the release defaults', () => {
  test.each([
    ['NameConstraints', 'v1.16', true, []],
    ['NameConstraints', 'v1.18', false, ['CERT-NAMECONSTRAINTS-GATE']],
    ['OtherNames', 'v1.19', true, []],
    ['OtherNames', 'master', false, ['CERT-OTHERNAMES-GATE']],
    ['LiteralCertificateSubject', 'v1.14', true, []],
    ['LiteralCertificateSubject', 'v1.21', false, ['CERT-LITERALSUBJECT-GATE']],
    ['AdditionalCertificateOutputFormats', 'v1.13', true, []],
    ['AdditionalCertificateOutputFormats', 'v1.17', false, ['CERT-ADDITIONALOUTPUTFORMATS-GATE']],
    // GA and no longer consulted: turning it off changes nothing.
    ['AdditionalCertificateOutputFormats', 'v1.18', false, []],
    ['DisallowInsecureCSRUsageDefinition', 'v1.13', false, []],
    ['DisallowInsecureCSRUsageDefinition', 'v1.14', false, []],
    // GA from v1.15 and no longer consulted.
    ['DisallowInsecureCSRUsageDefinition', 'v1.15', false, ['CR-REQUEST-KEYUSAGE-MISMATCH']],
  ] as const)('%s %s set to %s', (gate, release, value, rules) => {
    expect(rulesOf(GUARDED[gate].object, release, { [gate]: value })).toEqual(rules);
  });
});
