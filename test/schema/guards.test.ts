/** The generated type guards identify by apiVersion and kind, and narrow the type. */
import { describe, expect, expectTypeOf, test } from 'vitest';
import * as v1 from '../../src/apis/v1/index.js';
import * as v1alpha2 from '../../src/apis/v1alpha2/index.js';

describe('type guards', () => {
  test('identify by apiVersion and kind only (they do not validate)', () => {
    expect(v1.isCertificate({ apiVersion: 'cert-manager.io/v1', kind: 'Certificate', spec: 42 })).toBe(true);
    expect(v1.isCertificate({ apiVersion: 'cert-manager.io/v1alpha2', kind: 'Certificate' })).toBe(false);
    expect(v1alpha2.isCertificate({ apiVersion: 'cert-manager.io/v1alpha2', kind: 'Certificate' })).toBe(true);
    expect(v1.isOrder({ apiVersion: 'cert-manager.io/v1', kind: 'Order' })).toBe(false);
    expect(v1.isOrder({ apiVersion: 'acme.cert-manager.io/v1', kind: 'Order' })).toBe(true);
    expect(v1.isIssuerList({ apiVersion: 'cert-manager.io/v1', kind: 'IssuerList', items: [] })).toBe(true);
    for (const x of [null, undefined, 'Certificate', [], 1]) expect(v1.isCertificate(x)).toBe(false);
  });

  test('narrow unknown to the kind type', () => {
    const x: unknown = { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', spec: { secretName: 's', issuerRef: { name: 'i' } } };
    if (v1.isCertificate(x)) {
      expectTypeOf(x).toEqualTypeOf<v1.Certificate>();
      expectTypeOf(x.spec).toEqualTypeOf<v1.CertificateSpec | undefined>();
      expect(x.spec?.secretName).toBe('s');
    } else {
      expect.unreachable();
    }
  });
});
