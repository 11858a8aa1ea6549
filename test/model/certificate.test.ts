// The Certificate model per API version (facts from spec/versions.md §4, §5, §9, §10 and the CRDs).
import { describe, expect, test } from 'vitest';
import { certificateSchema } from '../../model/kinds/certificate.js';
import { VERSIONS } from '../../src/scheme/kinds.js';
import { at, keysAt, requiredAt } from './cert-kinds-helpers.js';

const COMMON_SPEC = [
  'additionalOutputFormats',
  'commonName',
  'dnsNames',
  'duration',
  'encodeUsagesInRequest',
  'ipAddresses',
  'isCA',
  'issuerRef',
  'keystores',
  'literalSubject',
  'nameConstraints',
  'otherNames',
  'privateKey',
  'renewBefore',
  'revisionHistoryLimit',
  'secretName',
  'secretTemplate',
  'subject',
  'usages',
];
const s = (v: (typeof VERSIONS)[number]) => certificateSchema(v);

describe('Certificate spec fields per version', () => {
  test('v1alpha2: emailSANs/uriSANs, top-level organization and key settings, no subject.organizations', () => {
    expect(keysAt(s('v1alpha2'), 'spec')).toEqual(
      [...COMMON_SPEC, 'emailSANs', 'uriSANs', 'organization', 'keyAlgorithm', 'keyEncoding', 'keySize'].sort(),
    );
    expect(keysAt(s('v1alpha2'), 'spec.subject')).not.toContain('organizations');
    expect(keysAt(s('v1alpha2'), 'spec.privateKey')).toEqual(['rotationPolicy']);
  });
  test('v1alpha3: like v1alpha2 but organizations inside subject', () => {
    expect(keysAt(s('v1alpha3'), 'spec')).toEqual(
      [...COMMON_SPEC, 'emailSANs', 'uriSANs', 'keyAlgorithm', 'keyEncoding', 'keySize'].sort(),
    );
    expect(keysAt(s('v1alpha3'), 'spec.subject')).toContain('organizations');
    expect(keysAt(s('v1alpha3'), 'spec.privateKey')).toEqual(['rotationPolicy']);
  });
  test('v1beta1: only emailSANs/uriSANs renamed; privateKey has the v1 fields', () => {
    expect(keysAt(s('v1beta1'), 'spec')).toEqual([...COMMON_SPEC, 'emailSANs', 'uriSANs'].sort());
    expect(keysAt(s('v1beta1'), 'spec.privateKey')).toEqual(['algorithm', 'encoding', 'rotationPolicy', 'size']);
  });
  test('v1: emailAddresses/uris plus the fields added after v1.15.5', () => {
    expect(keysAt(s('v1'), 'spec')).toEqual(
      [...COMMON_SPEC, 'emailAddresses', 'uris', 'renewBeforePercentage', 'renewal', 'signatureAlgorithm'].sort(),
    );
    expect(at(s('v1'), 'spec.renewBeforePercentage')).toMatchObject({ kind: 'integer', format: 'int32' });
  });
  test('subject fields', () => {
    expect(keysAt(s('v1'), 'spec.subject')).toEqual([
      'countries',
      'localities',
      'organizationalUnits',
      'organizations',
      'postalCodes',
      'provinces',
      'serialNumber',
      'streetAddresses',
    ]);
  });
});

describe('Certificate enums per version', () => {
  test('old key settings use lower case; v1beta1 has no Ed25519; v1 has', () => {
    expect(at(s('v1alpha2'), 'spec.keyAlgorithm')).toMatchObject({ enum: ['rsa', 'ecdsa'] });
    expect(at(s('v1alpha3'), 'spec.keyEncoding')).toMatchObject({ enum: ['pkcs1', 'pkcs8'] });
    expect(at(s('v1alpha2'), 'spec.keySize')).toEqual(expect.objectContaining({ kind: 'integer' }));
    expect(at(s('v1beta1'), 'spec.privateKey.algorithm')).toMatchObject({ enum: ['RSA', 'ECDSA'] });
    expect(at(s('v1'), 'spec.privateKey.algorithm')).toMatchObject({ enum: ['RSA', 'ECDSA', 'Ed25519'] });
    expect(at(s('v1'), 'spec.privateKey.encoding')).toMatchObject({ enum: ['PKCS1', 'PKCS8'] });
  });
  test('rotationPolicy is an enum only in v1', () => {
    expect(at(s('v1'), 'spec.privateKey.rotationPolicy')).toMatchObject({ enum: ['Never', 'Always'] });
    for (const v of ['v1alpha2', 'v1alpha3', 'v1beta1'] as const) {
      expect(at(s(v), 'spec.privateKey.rotationPolicy')).toMatchObject({ kind: 'string' });
      expect(at(s(v), 'spec.privateKey.rotationPolicy')).not.toHaveProperty('enum');
    }
  });
  test('23 usages in every version', () => {
    for (const v of VERSIONS) {
      const usage = at(s(v), 'spec.usages[]');
      expect(usage?.kind === 'string' ? usage.enum?.length : 0).toBe(23);
      expect(usage).toMatchObject({ enum: expect.arrayContaining(['digital signature', 's/mime', 'netscape sgc']) });
    }
  });
  test('pkcs12 profile: Modern2026 only in v1; additionalOutputFormats type DER or CombinedPEM everywhere', () => {
    expect(at(s('v1'), 'spec.keystores.pkcs12.profile')).toMatchObject({ enum: ['LegacyRC2', 'LegacyDES', 'Modern2023', 'Modern2026'] });
    expect(at(s('v1beta1'), 'spec.keystores.pkcs12.profile')).toMatchObject({ enum: ['LegacyRC2', 'LegacyDES', 'Modern2023'] });
    for (const v of VERSIONS) {
      expect(at(s(v), 'spec.additionalOutputFormats[].type')).toMatchObject({ enum: ['DER', 'CombinedPEM'] });
      expect(requiredAt(s(v), 'spec.additionalOutputFormats[]')).toEqual(['type']);
    }
  });
  test('v1 signature algorithms and renewal policy', () => {
    expect(at(s('v1'), 'spec.signatureAlgorithm')).toMatchObject({ enum: expect.arrayContaining(['SHA256WithRSA', 'PureEd25519']) });
    expect(at(s('v1'), 'spec.renewal.policy')).toMatchObject({ enum: ['RenewBefore', 'Disabled'] });
  });
});

describe('Certificate required lists, bounds and list types', () => {
  test('root requires spec only in v1beta1; spec requires issuerRef and secretName everywhere; issuerRef requires name', () => {
    expect(VERSIONS.map((v) => requiredAt(s(v), ''))).toEqual([[], [], ['spec'], []]);
    for (const v of VERSIONS) {
      expect(requiredAt(s(v), 'spec')).toEqual(['issuerRef', 'secretName']);
      expect(requiredAt(s(v), 'spec.issuerRef')).toEqual(['name']);
    }
  });
  test('keystores need passwordSecretRef in the old versions only; v1 has an inline password', () => {
    expect(requiredAt(s('v1alpha2'), 'spec.keystores.jks')).toEqual(['create', 'passwordSecretRef']);
    expect(requiredAt(s('v1'), 'spec.keystores.pkcs12')).toEqual(['create']);
    expect(keysAt(s('v1'), 'spec.keystores.jks')).toEqual(['alias', 'create', 'password', 'passwordSecretRef']);
    expect(keysAt(s('v1beta1'), 'spec.keystores.jks')).toEqual(['alias', 'create', 'passwordSecretRef']);
    expect(requiredAt(s('v1'), 'spec.keystores.jks.passwordSecretRef')).toEqual(['name']);
  });
  test('renewal windows: cron and windowDuration required, bounds and the duration pattern', () => {
    expect(requiredAt(s('v1'), 'spec.renewal.windows[]')).toEqual(['cron', 'windowDuration']);
    expect(at(s('v1'), 'spec.renewal.windows[].cron')).toMatchObject({ minLength: 1 });
    expect(at(s('v1'), 'spec.renewal.windows[].timezone')).toMatchObject({ minLength: 1 });
    const pattern = at(s('v1'), 'spec.renewal.windows[].windowDuration');
    const re = new RegExp(pattern?.kind === 'string' ? (pattern.pattern ?? '') : '(?!)');
    expect(['1h30m', '90s', '1.5h'].every((x) => re.test(x))).toBe(true);
    expect(['1d', '', 'h', '10ms'].some((x) => re.test(x))).toBe(false);
  });
  test('v1 lists are atomic and conditions a map keyed by type; the legacy schemas leave list types unset', () => {
    expect(at(s('v1'), 'spec.dnsNames')).toMatchObject({ kind: 'array', listType: 'atomic' });
    expect(at(s('v1'), 'spec.nameConstraints.permitted.ipRanges')).toMatchObject({ listType: 'atomic' });
    expect(at(s('v1'), 'status.conditions')).toMatchObject({ listType: 'map', listMapKeys: ['type'] });
    expect(at(s('v1beta1'), 'spec.dnsNames')).not.toHaveProperty('listType');
    expect(at(s('v1alpha2'), 'status.conditions')).not.toHaveProperty('listType');
  });
});

describe('Certificate status', () => {
  test('failedIssuanceAttempts in every version; ACME renewal info only in v1', () => {
    for (const v of VERSIONS) expect(at(s(v), 'status.failedIssuanceAttempts')).toMatchObject({ kind: 'integer' });
    expect(keysAt(s('v1'), 'status.acme.ari')).toEqual(['explanationURL', 'lastChecked', 'lastError', 'nextCheck', 'suggestedWindow']);
    expect(requiredAt(s('v1'), 'status.acme.ari.suggestedWindow')).toEqual(['end', 'start']);
    expect(at(s('v1beta1'), 'status.acme')).toBeUndefined();
  });
  test('conditions carry observedGeneration and a True/False/Unknown status', () => {
    expect(at(s('v1alpha2'), 'status.conditions[].observedGeneration')).toMatchObject({ kind: 'integer', format: 'int64' });
    expect(at(s('v1'), 'status.conditions[].status')).toMatchObject({ enum: ['True', 'False', 'Unknown'] });
    expect(requiredAt(s('v1'), 'status.conditions[]')).toEqual(['status', 'type']);
  });
});
