import { type FieldError, fe, withRule } from '../../../field/field-error.js';
import type { Path } from '../../../field/path.js';
import { obj, str } from '../../../util/json.js';
import { DOTDOT_DETAIL, hasDotDotSegment } from './dotdot.js';
import type { CertManagerRelease } from '../../../release/release.js';
import { hasRule } from '../../release-rules.js';
import { appendAll } from '../../../util/append.js';

const METHODS = ['appRole', 'kubernetes', 'tokenSecretRef', 'clientCertificate', 'aws'] as const;

/** The auth methods a release counts (clientCertificate from v1.16, aws from v1.21). */
function methodsOf(release: CertManagerRelease): readonly string[] {
  return METHODS.filter(
    (m) =>
      (m !== 'clientCertificate' || hasRule('ISS-VAULT-AUTH-METHOD-REQUIRED#clientCertificate', release)) &&
      (m !== 'aws' || hasRule('ISS-VAULT-AUTH-METHOD-REQUIRED#aws', release)),
  );
}
const ONE_OF_SA_OR_SECRET = 'set exactly one of secretRef (a service account token in a Secret) or serviceAccountRef';

/**
 * Vault auth rules (spec/validation.md §4.5, prefix `spec.vault.auth`). Methods may be combined;
 * at least one is required.
 * @param auth - the `spec.vault.auth` object (any JSON; absent reads as no method)
 * @param at - the path of `spec.vault.auth`
 * @param release - the cert-manager release
 * @returns the errors in rule order
 */
export function validateVaultAuth(auth: unknown, at: Path, release: CertManagerRelease = 'master'): FieldError[] {
  const errors: FieldError[] = [];
  // The '..' rules appeared in v1.21 (ISS-VAULT-PATH-DOTDOT)
  const dotdot = hasRule('ISS-VAULT-PATH-DOTDOT', release);
  const methods = methodsOf(release);
  const appRole = obj(auth, 'appRole');
  if (appRole !== undefined) appendAll(errors, appRoleErrors(appRole, at.child('appRole'), dotdot));
  const clientCertificate = obj(auth, 'clientCertificate');
  // ISS-VAULT-AUTH-CLIENTCERT-PATH-DOTDOT: upstream reports `path` for the JSON `mountPath`.
  if (dotdot && clientCertificate !== undefined && hasDotDotSegment(str(clientCertificate, 'mountPath'))) {
    errors.push(
      withRule(
        'ISS-VAULT-AUTH-CLIENTCERT-PATH-DOTDOT',
        fe.invalid(at.child('clientCertificate', 'path'), str(clientCertificate, 'mountPath'), DOTDOT_DETAIL),
      ),
    );
  }
  const kubernetes = obj(auth, 'kubernetes');
  if (kubernetes !== undefined) appendAll(errors, kubernetesErrors(kubernetes, at.child('kubernetes'), dotdot));
  const aws = methods.includes('aws') ? obj(auth, 'aws') : undefined;
  if (aws !== undefined) appendAll(errors, awsErrors(aws, at.child('aws')));
  // ISS-VAULT-AUTH-METHOD-REQUIRED
  if (methods.every((m) => obj(auth, m) === undefined)) {
    errors.push(withRule('ISS-VAULT-AUTH-METHOD-REQUIRED', fe.required(at, `configure at least one auth method: ${methods.join(', ')}`)));
  }
  return errors;
}

function appRoleErrors(appRole: unknown, at: Path, dotdot: boolean): FieldError[] {
  const errors: FieldError[] = [];
  // ISS-VAULT-AUTH-APPROLE-ROLEID-REQUIRED
  if (str(appRole, 'roleId') === '')
    errors.push(withRule('ISS-VAULT-AUTH-APPROLE-ROLEID-REQUIRED', fe.required(at.child('roleId'), 'the AppRole role ID is required')));
  // ISS-VAULT-AUTH-APPROLE-SECRETREF-NAME-REQUIRED
  if (str(appRole, 'secretRef', 'name') === '') {
    errors.push(
      withRule(
        'ISS-VAULT-AUTH-APPROLE-SECRETREF-NAME-REQUIRED',
        fe.required(at.child('secretRef', 'name'), 'the name of the Secret holding the AppRole secret ID is required'),
      ),
    );
  }
  // ISS-VAULT-AUTH-APPROLE-PATH-DOTDOT
  const path = str(appRole, 'path');
  if (dotdot && hasDotDotSegment(path))
    errors.push(withRule('ISS-VAULT-AUTH-APPROLE-PATH-DOTDOT', fe.invalid(at.child('path'), path, DOTDOT_DETAIL)));
  return errors;
}

function kubernetesErrors(kubernetes: unknown, at: Path, dotdot: boolean): FieldError[] {
  const errors: FieldError[] = [];
  // ISS-VAULT-AUTH-K8S-ROLE-REQUIRED
  if (str(kubernetes, 'role') === '')
    errors.push(withRule('ISS-VAULT-AUTH-K8S-ROLE-REQUIRED', fe.required(at.child('role'), 'the Vault Kubernetes auth role is required')));
  // ISS-VAULT-AUTH-K8S-PATH-DOTDOT: upstream reports `path` for the JSON `mountPath`.
  const mountPath = str(kubernetes, 'mountPath');
  if (dotdot && hasDotDotSegment(mountPath))
    errors.push(withRule('ISS-VAULT-AUTH-K8S-PATH-DOTDOT', fe.invalid(at.child('path'), mountPath, DOTDOT_DETAIL)));
  const serviceAccountRef = obj(kubernetes, 'serviceAccountRef');
  // ISS-VAULT-AUTH-K8S-SA-NAME-REQUIRED
  if (serviceAccountRef !== undefined && str(serviceAccountRef, 'name') === '') {
    errors.push(
      withRule(
        'ISS-VAULT-AUTH-K8S-SA-NAME-REQUIRED',
        fe.required(at.child('serviceAccountRef', 'name'), 'the name of the ServiceAccount is required'),
      ),
    );
  }
  const hasSecret = str(kubernetes, 'secretRef', 'name') !== '';
  // ISS-VAULT-AUTH-K8S-CREDENTIAL-REQUIRED
  if (!hasSecret && serviceAccountRef === undefined)
    errors.push(withRule('ISS-VAULT-AUTH-K8S-CREDENTIAL-REQUIRED', fe.required(at, ONE_OF_SA_OR_SECRET)));
  // ISS-VAULT-AUTH-K8S-CREDENTIAL-EXCLUSIVE
  if (hasSecret && serviceAccountRef !== undefined)
    errors.push(withRule('ISS-VAULT-AUTH-K8S-CREDENTIAL-EXCLUSIVE', fe.forbidden(at, ONE_OF_SA_OR_SECRET)));
  return errors;
}

function awsErrors(aws: unknown, at: Path): FieldError[] {
  const errors: FieldError[] = [];
  // ISS-VAULT-AUTH-AWS-ROLE-REQUIRED
  if (str(aws, 'role') === '')
    errors.push(withRule('ISS-VAULT-AUTH-AWS-ROLE-REQUIRED', fe.required(at.child('role'), 'the Vault AWS auth role is required')));
  // ISS-VAULT-AUTH-AWS-MOUNTPATH-DOTDOT
  const mountPath = str(aws, 'mountPath');
  if (hasDotDotSegment(mountPath))
    errors.push(withRule('ISS-VAULT-AUTH-AWS-MOUNTPATH-DOTDOT', fe.invalid(at.child('mountPath'), mountPath, DOTDOT_DETAIL)));
  const serviceAccountRef = obj(aws, 'serviceAccountRef');
  if (serviceAccountRef !== undefined) {
    // ISS-VAULT-AUTH-AWS-SA-NAME-REQUIRED
    if (str(serviceAccountRef, 'name') === '') {
      errors.push(
        withRule(
          'ISS-VAULT-AUTH-AWS-SA-NAME-REQUIRED',
          fe.required(at.child('serviceAccountRef', 'name'), 'the name of the ServiceAccount is required'),
        ),
      );
    }
    // ISS-VAULT-AUTH-AWS-IAMROLEARN-REQUIRED
    if (str(aws, 'iamRoleArn') === '') {
      errors.push(
        withRule(
          'ISS-VAULT-AUTH-AWS-IAMROLEARN-REQUIRED',
          fe.required(at.child('iamRoleArn'), 'iamRoleArn is required when serviceAccountRef is set (IAM roles for service accounts)'),
        ),
      );
    }
  }
  return errors;
}
