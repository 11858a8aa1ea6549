import { type FieldError, fe, withRule } from '../../../field/field-error.js';
import type { Path } from '../../../field/path.js';
import { obj, str } from '../../../util/json.js';
import { caBundleProblem } from '../../helpers/cabundle.js';
import { validateVaultAuth } from './auth.js';
import { DOTDOT_DETAIL, hasDotDotSegment } from './dotdot.js';
import type { CertManagerRelease } from '../../../release/release.js';
import { hasRule } from '../../release-rules.js';
import { appendAll } from '../../../util/append.js';

/** Upstream never echoes certificate material in errors; it reports this placeholder. */
const SNIP = '<snip>';

/**
 * Vault issuer rules (spec/validation.md §4.5), then its auth rules.
 * @param vault - the `spec.vault` object (any JSON)
 * @param at - the path of `spec.vault`
 * @param release - the cert-manager release
 * @returns the errors in rule order
 */
export function validateVaultIssuer(vault: unknown, at: Path, release: CertManagerRelease = 'master'): FieldError[] {
  const errors: FieldError[] = [];
  const dotdot = hasRule('ISS-VAULT-PATH-DOTDOT', release);
  // ISS-VAULT-SERVER-REQUIRED
  if (str(vault, 'server') === '')
    errors.push(withRule('ISS-VAULT-SERVER-REQUIRED', fe.required(at.child('server'), 'the Vault server URL is required')));
  const path = str(vault, 'path');
  // ISS-VAULT-PATH-REQUIRED
  if (path === '')
    errors.push(
      withRule(
        'ISS-VAULT-PATH-REQUIRED',
        fe.required(at.child('path'), 'the Vault path of the signing role is required, e.g. pki/sign/example'),
      ),
    );
  // ISS-VAULT-PATH-DOTDOT (from v1.21)
  else if (dotdot && hasDotDotSegment(path))
    errors.push(withRule('ISS-VAULT-PATH-DOTDOT', fe.invalid(at.child('path'), path, DOTDOT_DETAIL)));
  const caBundle = str(vault, 'caBundle');
  // ISS-VAULT-CABUNDLE-NO-CERTS
  const problem = caBundle === '' ? undefined : caBundleProblem(caBundle);
  if (problem !== undefined) errors.push(withRule('ISS-VAULT-CABUNDLE-NO-CERTS', fe.invalid(at.child('caBundle'), SNIP, problem)));
  const caBundleSecretRef = obj(vault, 'caBundleSecretRef');
  // ISS-VAULT-CABUNDLE-SECRETREF-EXCLUSIVE
  if (caBundle !== '' && caBundleSecretRef !== undefined) {
    errors.push(
      withRule(
        'ISS-VAULT-CABUNDLE-SECRETREF-EXCLUSIVE',
        fe.invalid(at.child('caBundle'), SNIP, 'caBundle and caBundleSecretRef cannot be used together; set only one of them'),
      ),
    );
    errors.push(
      withRule(
        'ISS-VAULT-CABUNDLE-SECRETREF-EXCLUSIVE',
        fe.invalid(
          at.child('caBundleSecretRef'),
          str(caBundleSecretRef, 'name'),
          'caBundleSecretRef and caBundle cannot be used together; set only one of them',
        ),
      ),
    );
  }
  // The client certificate fields and their two rules appeared in v1.15 (ISS-VAULT-CLIENTKEY-REQUIRED)
  const clientPair = hasRule('ISS-VAULT-CLIENTKEY-REQUIRED', release);
  const hasClientCert = clientPair && obj(vault, 'clientCertSecretRef') !== undefined;
  const hasClientKey = clientPair && obj(vault, 'clientKeySecretRef') !== undefined;
  // ISS-VAULT-CLIENTKEY-REQUIRED
  if (hasClientCert && !hasClientKey) {
    errors.push(
      withRule(
        'ISS-VAULT-CLIENTKEY-REQUIRED',
        fe.invalid(at.child('clientKeySecretRef'), SNIP, 'clientKeySecretRef is required when clientCertSecretRef is set'),
      ),
    );
  }
  // ISS-VAULT-CLIENTCERT-REQUIRED
  if (hasClientKey && !hasClientCert) {
    errors.push(
      withRule(
        'ISS-VAULT-CLIENTCERT-REQUIRED',
        fe.invalid(at.child('clientCertSecretRef'), SNIP, 'clientCertSecretRef is required when clientKeySecretRef is set'),
      ),
    );
  }
  appendAll(errors, validateVaultAuth(obj(vault, 'auth'), at.child('auth'), release));
  return errors;
}
