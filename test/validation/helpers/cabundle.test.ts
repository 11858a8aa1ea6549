import { describe, expect, test } from 'vitest';
import { CA_BUNDLE_DETAIL, caBundleProblem } from '../../../src/validation/helpers/cabundle.js';
import { containsValidCertificate as hasValidCertificate } from '../../../src/go/x509/certificate.js';
import { TEST_CA_PEM } from '../issuer/run.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const body = TEST_CA_PEM.split('\n').slice(1, -2).join('\n');
const block = (type: string, headers = '') => `-----BEGIN ${type}-----\n${headers}${body}\n-----END ${type}-----\n`;

describe('H-CABUNDLE', () => {
  test('H-CABUNDLE: one certificate is enough', () => {
    expect(hasValidCertificate(bytes(TEST_CA_PEM))).toBe(true);
  });

  test('H-CABUNDLE: text around and between blocks, and other block types, are skipped', () => {
    const bundle = `# my CA\n${block('PRIVATE KEY')}garbage\n${block('CERTIFICATE')}trailing`;
    expect(hasValidCertificate(bytes(bundle))).toBe(true);
  });

  test('H-CABUNDLE: a certificate after an unparsable CERTIFICATE block still counts', () => {
    const broken = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n';
    expect(hasValidCertificate(bytes(broken + TEST_CA_PEM))).toBe(true);
    expect(hasValidCertificate(bytes(broken))).toBe(false);
  });

  test('H-CABUNDLE: the type must be exactly CERTIFICATE and the block must have no headers', () => {
    expect(hasValidCertificate(bytes(block('TRUSTED CERTIFICATE')))).toBe(false);
    expect(hasValidCertificate(bytes(block('certificate')))).toBe(false);
    expect(hasValidCertificate(bytes(block('CERTIFICATE', 'Proc-Type: 4,ENCRYPTED\n\n')))).toBe(false);
  });

  test('H-CABUNDLE: no PEM at all, or a BEGIN not at a line start, has no certificate', () => {
    expect(hasValidCertificate(bytes('abc123'))).toBe(false);
    expect(hasValidCertificate(bytes(''))).toBe(false);
    expect(hasValidCertificate(bytes(`x${TEST_CA_PEM}`))).toBe(false);
  });

  test('caBundleProblem: decodes the base64 field first', () => {
    expect(caBundleProblem(btoa(TEST_CA_PEM))).toBeUndefined();
    expect(caBundleProblem(btoa('abc123'))).toBe(CA_BUNDLE_DETAIL);
    expect(caBundleProblem('not base64!')).toMatch(/base64/);
  });
});
