/**
 * Errors of old-version objects name the object's own fields (DESIGN "Objects of the old
 * versions are validated by converting to v1"): pathFromHub maps v1 paths back.
 */
import { describe, expect, test } from 'vitest';
import { pathFromHub, toHubForValidation } from '../../src/conversion/hub.js';
import { validate } from '../../src/validation/validate.js';

describe('pathFromHub', () => {
  test.each([
    ['Certificate', 'v1alpha2', 'spec.privateKey.size', 'spec.keySize'],
    ['Certificate', 'v1alpha2', 'spec.privateKey.algorithm', 'spec.keyAlgorithm'],
    ['Certificate', 'v1alpha3', 'spec.privateKey.encoding', 'spec.keyEncoding'],
    ['Certificate', 'v1alpha2', 'spec.subject.organizations[1]', 'spec.organization[1]'],
    ['Certificate', 'v1alpha3', 'spec.subject.organizations[1]', 'spec.subject.organizations[1]'],
    ['Certificate', 'v1beta1', 'spec.emailAddresses[0]', 'spec.emailSANs[0]'],
    ['Certificate', 'v1alpha2', 'spec.uris[2]', 'spec.uriSANs[2]'],
    ['Certificate', 'v1beta1', 'spec.privateKey.size', 'spec.privateKey.size'],
    ['Certificate', 'v1alpha2', 'spec.urisExtra', 'spec.urisExtra'],
    ['CertificateRequest', 'v1alpha2', 'spec.request', 'spec.csr'],
    ['CertificateRequest', 'v1beta1', 'spec.request', 'spec.request'],
    ['Order', 'v1alpha3', 'spec.request', 'spec.csr'],
    ['Challenge', 'v1alpha2', 'spec.authorizationURL', 'spec.authzURL'],
    ['Challenge', 'v1alpha3', 'spec.solver.dns01.cloudDNS.project', 'spec.solver.dns01.clouddns.project'],
    ['Issuer', 'v1alpha2', 'spec.acme.solvers[3].dns01.azureDNS', 'spec.acme.solvers[3].dns01.azuredns'],
    ['ClusterIssuer', 'v1alpha3', 'spec.acme.solvers[0].dns01.acmeDNS.host', 'spec.acme.solvers[0].dns01.acmedns.host'],
    ['Issuer', 'v1beta1', 'spec.acme.solvers[0].dns01.cloudDNS', 'spec.acme.solvers[0].dns01.cloudDNS'],
  ] as const)('%s %s: %s is reported as %s', (kind, version, hub, old) => {
    expect(pathFromHub(kind, version, hub, {})).toBe(old);
  });

  test('an error on a privateKey the conversion created names the key field the source sets', () => {
    const source = { spec: { keySize: 100 } };
    expect(pathFromHub('Certificate', 'v1alpha2', 'spec.privateKey', source)).toBe('spec.keySize');
    expect(pathFromHub('Certificate', 'v1alpha2', 'spec.privateKey', { spec: { privateKey: {} } })).toBe('spec.privateKey');
  });
});

describe('toHubForValidation', () => {
  test('keeps values as written (no Go re-printing) and does not change its input', () => {
    const o = { apiVersion: 'cert-manager.io/v1alpha2', kind: 'Certificate', spec: { duration: '90m', keyAlgorithm: 'rsa', csr: 1 } };
    const before = structuredClone(o);
    const hub = toHubForValidation(o, 'v1alpha2', 'Certificate');
    expect(hub).toEqual({
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      spec: { duration: '90m', csr: 1, privateKey: { algorithm: 'RSA' } },
    });
    expect(o).toEqual(before);
  });
});

describe('validate on old versions reports the old field names', () => {
  const issuer = (apiVersion: string) => ({
    apiVersion,
    kind: 'Issuer',
    metadata: { name: 'a', namespace: 'd' },
    spec: {
      acme: { server: 'https://acme.example', privateKeySecretRef: { name: 'k' }, solvers: [{ dns01: { clouddns: { project: '' } } }] },
    },
  });
  test('v1alpha2 Issuer: the cloudDNS project error is at dns01.clouddns', () => {
    const fields = validate(issuer('cert-manager.io/v1alpha2'), { schema: false }).errors.map((e) => e.field);
    expect(fields).toContain('spec.acme.solvers[0].dns01.clouddns.project');
    expect(fields.some((f) => f.includes('cloudDNS'))).toBe(false);
  });
});
