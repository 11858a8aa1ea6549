import { describe, expect, test } from 'vitest';
import { hasDotDotSegment } from '../../../src/validation/issuer/vault/dotdot.js';
import { b64, issuerErrors, run, TEST_CA_PEM } from './run.js';

const token = { tokenSecretRef: { name: 'vault-token', key: 'token' } };
const vault = (extra: Record<string, unknown> = {}, auth: unknown = token) => ({
  vault: { server: 'https://vault.example', path: 'pki/sign/example', auth, ...extra },
});
const authErrors = (auth: unknown) => issuerErrors(vault({}, auth));
const U = 'spec.vault.auth';

describe('H-DOTDOT', () => {
  test.each(['a/../b', '../x', '..', 'x/..'])('H-DOTDOT: %j has a .. segment', (p) => expect(hasDotDotSegment(p)).toBe(true));
  test.each(['a..b', '...', 'a//b', '', '.', 'a/./b'])('H-DOTDOT: %j has none', (p) => expect(hasDotDotSegment(p)).toBe(false));
});

describe('4.5 Vault issuer', () => {
  test('a server, a path and one auth method are enough', () => {
    expect(issuerErrors(vault())).toEqual([]);
  });

  test('ISS-VAULT-SERVER-REQUIRED, ISS-VAULT-PATH-REQUIRED and ISS-VAULT-AUTH-METHOD-REQUIRED on an empty section', () => {
    expect(issuerErrors({ vault: {} })).toEqual(['Required spec.vault.server', 'Required spec.vault.path', `Required ${U}`]);
  });

  test('ISS-VAULT-PATH-DOTDOT: a .. segment in path is invalid; a.. is not a segment', () => {
    expect(issuerErrors(vault({ path: 'pki/../sign' }))).toEqual(['Invalid spec.vault.path']);
    expect(issuerErrors(vault({ path: 'pki..x/sign' }))).toEqual([]);
  });

  test('ISS-VAULT-CABUNDLE-NO-CERTS: a caBundle without a certificate is reported with the value "<snip>"', () => {
    const r = run(vault({ caBundle: b64('not a certificate') }));
    expect(r.errors.map((e) => [e.type, e.field, e.badValue])).toEqual([['FieldValueInvalid', 'spec.vault.caBundle', '<snip>']]);
    expect(issuerErrors(vault({ caBundle: b64(TEST_CA_PEM) }))).toEqual([]);
  });

  test('ISS-VAULT-CABUNDLE-SECRETREF-EXCLUSIVE: caBundle with caBundleSecretRef gives an error on each field', () => {
    const r = run(vault({ caBundle: b64(TEST_CA_PEM), caBundleSecretRef: { name: 'ca', key: 'ca.crt' } }));
    expect(r.errors.map((e) => [e.field, e.badValue])).toEqual([
      ['spec.vault.caBundle', '<snip>'],
      ['spec.vault.caBundleSecretRef', 'ca'],
    ]);
  });

  test('ISS-VAULT-CABUNDLE-NO-CERTS and -SECRETREF-EXCLUSIVE both fire at caBundle for an invalid bundle with a secret ref', () => {
    expect(issuerErrors(vault({ caBundle: b64('junk'), caBundleSecretRef: { name: 'ca' } }))).toEqual([
      'Invalid spec.vault.caBundle',
      'Invalid spec.vault.caBundle',
      'Invalid spec.vault.caBundleSecretRef',
    ]);
  });

  test('ISS-VAULT-CLIENTKEY-REQUIRED: clientCertSecretRef without clientKeySecretRef (Invalid, sic)', () => {
    expect(issuerErrors(vault({ clientCertSecretRef: { name: 'c', key: 'tls.crt' } }))).toEqual(['Invalid spec.vault.clientKeySecretRef']);
  });

  test('ISS-VAULT-CLIENTCERT-REQUIRED: clientKeySecretRef without clientCertSecretRef (Invalid, sic)', () => {
    expect(issuerErrors(vault({ clientKeySecretRef: { name: 'c', key: 'tls.key' } }))).toEqual(['Invalid spec.vault.clientCertSecretRef']);
    const both = { clientKeySecretRef: { name: 'c' }, clientCertSecretRef: { name: 'c' } };
    expect(issuerErrors(vault(both))).toEqual([]);
  });
});

describe('4.5 Vault auth', () => {
  test('ISS-VAULT-AUTH-METHOD-REQUIRED: an empty auth section needs a method', () => {
    expect(authErrors({})).toEqual([`Required ${U}`]);
    expect(run(vault({}, {})).errors[0]?.detail).toMatch(/appRole, kubernetes, tokenSecretRef, clientCertificate, aws/);
  });

  test('ISS-VAULT-AUTH-METHOD-REQUIRED: tokenSecretRef contents are not checked', () => {
    expect(authErrors({ tokenSecretRef: {} })).toEqual([]);
  });

  test('all five methods may be combined', () => {
    const auth = {
      ...token,
      appRole: { path: 'approle', roleId: 'r', secretRef: { name: 's', key: 'k' } },
      clientCertificate: { mountPath: '/v1/auth/cert' },
      kubernetes: { role: 'r', secretRef: { name: 'sa-token' } },
      aws: { role: 'r' },
    };
    expect(authErrors(auth)).toEqual([]);
  });

  test('ISS-VAULT-AUTH-APPROLE-ROLEID-REQUIRED and ISS-VAULT-AUTH-APPROLE-SECRETREF-NAME-REQUIRED', () => {
    expect(authErrors({ appRole: { secretRef: { key: 'k' } } })).toEqual([
      `Required ${U}.appRole.roleId`,
      `Required ${U}.appRole.secretRef.name`,
    ]);
  });

  test('ISS-VAULT-AUTH-APPROLE-PATH-DOTDOT: appRole.path with a .. segment', () => {
    expect(authErrors({ appRole: { roleId: 'r', secretRef: { name: 's' }, path: 'approle/..' } })).toEqual([`Invalid ${U}.appRole.path`]);
  });

  test('ISS-VAULT-AUTH-CLIENTCERT-PATH-DOTDOT: reported at clientCertificate.path (sic, JSON mountPath)', () => {
    expect(authErrors({ clientCertificate: { mountPath: '/v1/../cert' } })).toEqual([`Invalid ${U}.clientCertificate.path`]);
    expect(authErrors({ clientCertificate: {} })).toEqual([]);
  });

  test('ISS-VAULT-AUTH-K8S-ROLE-REQUIRED and ISS-VAULT-AUTH-K8S-CREDENTIAL-REQUIRED', () => {
    expect(authErrors({ kubernetes: {} })).toEqual([`Required ${U}.kubernetes.role`, `Required ${U}.kubernetes`]);
  });

  test('ISS-VAULT-AUTH-K8S-PATH-DOTDOT: reported at kubernetes.path (sic, JSON mountPath)', () => {
    expect(authErrors({ kubernetes: { role: 'r', mountPath: '../k8s', serviceAccountRef: { name: 'sa' } } })).toEqual([
      `Invalid ${U}.kubernetes.path`,
    ]);
  });

  test('ISS-VAULT-AUTH-K8S-SA-NAME-REQUIRED: a serviceAccountRef needs a name', () => {
    expect(authErrors({ kubernetes: { role: 'r', serviceAccountRef: {} } })).toEqual([`Required ${U}.kubernetes.serviceAccountRef.name`]);
  });

  test('ISS-VAULT-AUTH-K8S-CREDENTIAL-EXCLUSIVE: secretRef.name and serviceAccountRef together', () => {
    expect(authErrors({ kubernetes: { role: 'r', secretRef: { name: 's' }, serviceAccountRef: { name: 'sa' } } })).toEqual([
      `Forbidden ${U}.kubernetes`,
    ]);
  });

  test('ISS-VAULT-AUTH-K8S-CREDENTIAL-REQUIRED: a secretRef with an empty name does not count', () => {
    expect(authErrors({ kubernetes: { role: 'r', secretRef: { key: 'token' } } })).toEqual([`Required ${U}.kubernetes`]);
  });

  test('ISS-VAULT-AUTH-AWS-ROLE-REQUIRED: aws needs a role', () => {
    expect(authErrors({ aws: {} })).toEqual([`Required ${U}.aws.role`]);
  });

  test('ISS-VAULT-AUTH-AWS-MOUNTPATH-DOTDOT: aws.mountPath with a .. segment', () => {
    expect(authErrors({ aws: { role: 'r', mountPath: '/v1/auth/..' } })).toEqual([`Invalid ${U}.aws.mountPath`]);
  });

  test('ISS-VAULT-AUTH-AWS-SA-NAME-REQUIRED and ISS-VAULT-AUTH-AWS-IAMROLEARN-REQUIRED with a serviceAccountRef', () => {
    expect(authErrors({ aws: { role: 'r', serviceAccountRef: {} } })).toEqual([
      `Required ${U}.aws.serviceAccountRef.name`,
      `Required ${U}.aws.iamRoleArn`,
    ]);
    expect(authErrors({ aws: { role: 'r', serviceAccountRef: { name: 'sa' }, iamRoleArn: 'arn:aws:iam::1:role/x' } })).toEqual([]);
  });
});
