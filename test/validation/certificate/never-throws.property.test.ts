import fc from 'fast-check';
import { expect, test } from 'vitest';
import { validateCertificate } from '../../../src/validation/certificate/index.js';
import { resolveFeatureGates } from '../../../src/validation/feature-gates.js';

const SPEC_KEYS = [
  'secretName',
  'issuerRef',
  'commonName',
  'literalSubject',
  'subject',
  'dnsNames',
  'uris',
  'emailAddresses',
  'ipAddresses',
  'otherNames',
  'privateKey',
  'signatureAlgorithm',
  'duration',
  'renewBefore',
  'renewBeforePercentage',
  'usages',
  'revisionHistoryLimit',
  'secretTemplate',
  'isCA',
  'nameConstraints',
  'additionalOutputFormats',
  'keystores',
  'renewal',
];

/** Arbitrary JSON, biased towards the spec's own field names and plausible nested shapes. */
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.string(),
    fc.constantFrom('1h', '5m', '0s', 'RSA', 'ECDSA', 'Disabled', 'RenewBefore', 'CN=x,O=y', '1.2.3', '* * * * *', '10.0.0.0/8'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        fc.string(),
        fc.constantFrom(
          'name',
          'kind',
          'group',
          'oid',
          'utf8Value',
          'algorithm',
          'size',
          'labels',
          'annotations',
          'permitted',
          'excluded',
          'ipRanges',
          'jks',
          'pkcs12',
          'password',
          'passwordSecretRef',
          'policy',
          'windows',
          'cron',
          'timezone',
          'windowDuration',
          'type',
        ),
      ),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

/** Certificate errors without a rule ID: only cmapi's decoding checks (`type field`). */
const DECODE_ERROR = /^FieldValueInvalid spec\.(duration|renewBefore|renewBeforePercentage|renewal\.windows\[\d+\]\.windowDuration)$/;

const spec = fc.dictionary(fc.constantFrom(...SPEC_KEYS), json, { maxKeys: 12 });
const gates = fc.record({ LiteralCertificateSubject: fc.boolean(), OtherNames: fc.boolean(), NameConstraints: fc.boolean() });

test('validateCertificate never throws or mutates its input, whatever JSON is under spec; errors carry CERT- rule IDs', () => {
  fc.assert(
    fc.property(fc.oneof(spec, json), gates, (s, g) => {
      const object = { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'x' }, spec: s };
      const before = JSON.stringify(object);
      const result = validateCertificate(object, {
        operation: 'CREATE',
        oldObject: undefined,
        gates: resolveFeatureGates(g),
        release: 'master' as const,
      });
      expect(JSON.stringify(object)).toBe(before);
      expect(Array.isArray(result.errors)).toBe(true);
      for (const e of result.errors) {
        expect(e.field.startsWith('spec')).toBe(true);
        if (e.rule === undefined) expect(`${e.type} ${e.field}`).toMatch(DECODE_ERROR);
        else expect(e.rule).toMatch(/^CERT(-[A-Z0-9]+)+$/);
      }
    }),
    { numRuns: 2000 },
  );
});
