import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { obj, str } from '../../util/json.js';
import type { CertManagerRelease } from '../../release/release.js';
import { hasRule } from '../release-rules.js';

const MODES = ['tpp', 'cloud', 'ngts'] as const;
/** The modes a release has (ngts from v1.21, ISS-VENAFI-NGTS). */
const modesOf = (release: CertManagerRelease) => MODES.filter((m) => m !== 'ngts' || hasRule('ISS-VENAFI-NGTS', release));

/**
 * Venafi issuer rules (spec/validation.md §4.6). The ISS-VENAFI-MODE-* rules also cover the one
 * CEL rule of the latest Issuer/ClusterIssuer CRDs on `spec.venafi` (exactly one of tpp, cloud,
 * ngts), so no separate check is made for it.
 * @param venafi - the `spec.venafi` object (any JSON)
 * @param at - the path of `spec.venafi`
 * @param release - the cert-manager release
 * @returns the errors in rule order
 */
export function validateVenafiIssuer(venafi: unknown, at: Path, release: CertManagerRelease = 'master'): FieldError[] {
  const errors: FieldError[] = [];
  const modes = modesOf(release);
  const oneMode = `configure exactly one of: ${modes.join(', ')}`;
  // ISS-VENAFI-ZONE-REQUIRED
  if (str(venafi, 'zone') === '')
    errors.push(withRule('ISS-VENAFI-ZONE-REQUIRED', fe.required(at.child('zone'), 'the policy zone is required')));
  const tpp = obj(venafi, 'tpp');
  if (tpp !== undefined) {
    // ISS-VENAFI-TPP-URL-REQUIRED
    if (str(tpp, 'url') === '')
      errors.push(
        withRule('ISS-VENAFI-TPP-URL-REQUIRED', fe.required(at.child('tpp', 'url'), 'the URL of the TPP vedsdk endpoint is required')),
      );
    // ISS-VENAFI-TPP-CABUNDLE-EXCLUSIVE (from v1.16)
    if (
      hasRule('ISS-VENAFI-TPP-CABUNDLE-EXCLUSIVE', release) &&
      str(tpp, 'caBundle') !== '' &&
      obj(tpp, 'caBundleSecretRef') !== undefined
    ) {
      errors.push(
        withRule(
          'ISS-VENAFI-TPP-CABUNDLE-EXCLUSIVE',
          fe.forbidden(at.child('tpp'), 'set only one of caBundle or caBundleSecretRef as the TPP CA bundle'),
        ),
      );
    }
  }
  const ngts = modes.includes('ngts') ? obj(venafi, 'ngts') : undefined;
  if (ngts !== undefined) {
    // ISS-VENAFI-NGTS-TSGID-REQUIRED
    if (str(ngts, 'tsgID') === '')
      errors.push(
        withRule('ISS-VENAFI-NGTS-TSGID-REQUIRED', fe.required(at.child('ngts', 'tsgID'), 'the tenant service group ID is required')),
      );
    // ISS-VENAFI-NGTS-CREDENTIALSREF-NAME-REQUIRED
    if (str(ngts, 'credentialsRef', 'name') === '') {
      errors.push(
        withRule(
          'ISS-VENAFI-NGTS-CREDENTIALSREF-NAME-REQUIRED',
          fe.required(at.child('ngts', 'credentialsRef', 'name'), 'the name of the Secret holding the NGTS credentials is required'),
        ),
      );
    }
  }
  const set = modes.filter((m) => obj(venafi, m) !== undefined).length;
  // ISS-VENAFI-MODE-REQUIRED
  if (set === 0) errors.push(withRule('ISS-VENAFI-MODE-REQUIRED', fe.required(at, oneMode)));
  // ISS-VENAFI-MODE-MULTIPLE
  if (set > 1) errors.push(withRule('ISS-VENAFI-MODE-MULTIPLE', fe.forbidden(at, oneMode)));
  return errors;
}
