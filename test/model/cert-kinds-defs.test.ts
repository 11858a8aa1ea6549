// Definitions shared across versions must be identical per id (else one file would silently
// win); variants keep the version-specific shapes apart.
import { expect, test } from 'vitest';
import { certificateSchema } from '../../model/kinds/certificate.js';
import { certificateRequestSchema } from '../../model/kinds/certificaterequest.js';
import { challengeSchema } from '../../model/kinds/challenge.js';
import { orderSchema } from '../../model/kinds/order.js';
import { collectDefs } from '../../scripts/generate/defs.js';
import { VERSIONS } from '../../src/scheme/kinds.js';

const roots = VERSIONS.flatMap((v) => [certificateSchema(v), certificateRequestSchema(v), orderSchema(v), challengeSchema(v)]);

test('every definition id of the four kinds names one shape', () => {
  const ids = [...collectDefs(roots).keys()];
  expect(ids).toEqual(
    expect.arrayContaining(['IssuerReference', 'CertificateSpec.v1alpha2', 'CertificateSpec.v1', 'X509Subject.v1alpha2']),
  );
  // One IssuerReference for all four kinds and versions.
  expect(ids.filter((id) => id.startsWith('IssuerReference'))).toEqual(['IssuerReference']);
});

test('each version has its own Certificate spec shape', () => {
  const ids = [...collectDefs(VERSIONS.map((v) => certificateSchema(v))).keys()].filter((id) => id.startsWith('CertificateSpec'));
  expect(ids.sort()).toEqual(['CertificateSpec.v1', 'CertificateSpec.v1alpha2', 'CertificateSpec.v1alpha3', 'CertificateSpec.v1beta1']);
});
