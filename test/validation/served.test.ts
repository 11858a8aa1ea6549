import { describe, expect, test } from 'vitest';
import { isNotServedWarning, NOT_SERVED_RULE } from '../../src/validation/served.js';
import { validate } from '../../src/validation/validate.js';

const cert = (apiVersion: string) => ({
  apiVersion,
  kind: 'Certificate',
  metadata: { name: 'web', namespace: 'default' },
  spec: { secretName: 'web-tls', issuerRef: { name: 'ca' }, dnsNames: ['example.com'] },
});

describe(`${NOT_SERVED_RULE}: versions no supported release serves are a warning of validate`, () => {
  test.each(['v1alpha2', 'v1alpha3', 'v1beta1'])('cert-manager.io/%s', (version) => {
    const r = validate(cert(`cert-manager.io/${version}`));
    expect(r.errors).toEqual([]);
    const served = r.warnings.filter(isNotServedWarning);
    expect(served).toHaveLength(1);
    expect(served[0]).toContain(`cert-manager.io/${version}`);
    expect(served[0]).toContain('cmapi convert --to cert-manager.io/v1');
  });

  test('acme.cert-manager.io suggests its own group', () => {
    const r = validate({ apiVersion: 'acme.cert-manager.io/v1alpha2', kind: 'Order', metadata: { name: 'o' }, spec: {} });
    expect(r.warnings.filter(isNotServedWarning)[0]).toContain('cmapi convert --to acme.cert-manager.io/v1');
  });

  test('v1 has no such warning', () => {
    expect(validate(cert('cert-manager.io/v1')).warnings.filter(isNotServedWarning)).toEqual([]);
  });
});
