import { describe, expect, test } from 'vitest';
import { errorsFor, pairs } from './run.js';

describe('additionalOutputFormats', () => {
  test('CERT-ADDITIONALOUTPUTFORMATS-DUPLICATE: each repeat of a type is reported at [type]', () => {
    expect(pairs(errorsFor({ additionalOutputFormats: [{ type: 'DER' }, { type: 'CombinedPEM' }] }))).toEqual([]);
    const errs = errorsFor({ additionalOutputFormats: [{ type: 'DER' }, { type: 'DER' }, { type: 'CombinedPEM' }, { type: 'DER' }] });
    expect(pairs(errs)).toEqual([
      'FieldValueDuplicate spec.additionalOutputFormats[type]',
      'FieldValueDuplicate spec.additionalOutputFormats[type]',
    ]);
    expect(errs[0]!.badValue).toBe('DER');
  });

  test('CERT-ADDITIONALOUTPUTFORMATS-GATE (v1.15.5 only): on master the AdditionalCertificateOutputFormats gate is not consulted, CERT-ADDITIONALOUTPUTFORMATS-DUPLICATE still runs', () => {
    const formats = [{ type: 'DER' }, { type: 'DER' }];
    expect(pairs(errorsFor({ additionalOutputFormats: formats }, { AdditionalCertificateOutputFormats: false }))).toEqual([
      'FieldValueDuplicate spec.additionalOutputFormats[type]',
    ]);
    expect(pairs(errorsFor({ additionalOutputFormats: [{ type: 'DER' }] }, { AdditionalCertificateOutputFormats: false }))).toEqual([]);
  });
});
