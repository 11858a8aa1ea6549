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

  test('CERT-ADDITIONALOUTPUTFORMATS-DUPLICATE: the AdditionalCertificateOutputFormats gate is not consulted', () => {
    const formats = [{ type: 'DER' }, { type: 'DER' }];
    expect(pairs(errorsFor({ additionalOutputFormats: formats }, { AdditionalCertificateOutputFormats: false }))).toEqual([
      'FieldValueDuplicate spec.additionalOutputFormats[type]',
    ]);
    expect(pairs(errorsFor({ additionalOutputFormats: [{ type: 'DER' }] }, { AdditionalCertificateOutputFormats: false }))).toEqual([]);
  });
});
