import { describe, expect, test } from 'vitest';
import { validate } from '../../../src/index.js';

const errorsOf = (apiVersion: string, spec: unknown) =>
  validate({ apiVersion, kind: 'ClusterIssuer', metadata: { name: 'x' }, spec }, { schema: false }).errors.map(
    (e) => `${e.type} ${e.field}`,
  );

describe('issuer rules on the old API versions (checked through v1, reported on their own fields)', () => {
  test('ISS-DNS01-PROVIDER-MULTIPLE and provider rules name the v1alpha2 lower-case provider keys', () => {
    const spec = { acme: { server: 's', privateKeySecretRef: { name: 'k' }, solvers: [{ dns01: { azuredns: {}, clouddns: {} } }] } };
    expect(errorsOf('cert-manager.io/v1alpha2', spec)).toEqual([
      'FieldValueRequired spec.acme.solvers[0].dns01.azuredns.subscriptionID',
      'FieldValueRequired spec.acme.solvers[0].dns01.azuredns.resourceGroupName',
      'FieldValueForbidden spec.acme.solvers[0].dns01.clouddns',
    ]);
  });

  test('ISS-DNS01-ACMEDNS-HOST-REQUIRED names v1alpha3 acmedns; v1beta1 uses acmeDNS like v1', () => {
    const spec = (key: string) => ({
      acme: {
        server: 's',
        privateKeySecretRef: { name: 'k' },
        solvers: [{ dns01: { [key]: { accountSecretRef: { name: 'a', key: 'b' } } } }],
      },
    });
    expect(errorsOf('cert-manager.io/v1alpha3', spec('acmedns'))).toEqual(['FieldValueRequired spec.acme.solvers[0].dns01.acmedns.host']);
    expect(errorsOf('cert-manager.io/v1beta1', spec('acmeDNS'))).toEqual(['FieldValueRequired spec.acme.solvers[0].dns01.acmeDNS.host']);
  });

  test('ISS-TYPE-REQUIRED and ISS-VAULT-AUTH-METHOD-REQUIRED are the same in every version', () => {
    for (const v of ['v1alpha2', 'v1alpha3', 'v1beta1', 'v1']) {
      expect(errorsOf(`cert-manager.io/${v}`, {})).toEqual(['FieldValueRequired spec']);
      expect(errorsOf(`cert-manager.io/${v}`, { vault: { server: 's', path: 'p' } })).toEqual(['FieldValueRequired spec.vault.auth']);
    }
  });
});
