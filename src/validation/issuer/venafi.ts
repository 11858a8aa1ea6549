import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { obj, str } from '../../util/json.js';

const MODES = ['tpp', 'cloud', 'ngts'] as const;
const ONE_MODE = `configure exactly one of: ${MODES.join(', ')}`;

/**
 * Venafi issuer rules (spec/validation.md §4.6). The ISS-VENAFI-MODE-* rules also cover the one
 * CEL rule of the latest Issuer/ClusterIssuer CRDs on `spec.venafi` (exactly one of tpp, cloud,
 * ngts), so no separate check is made for it.
 * @param venafi - the `spec.venafi` object (any JSON)
 * @param at - the path of `spec.venafi`
 * @returns the errors in rule order
 */
export function validateVenafiIssuer(venafi: unknown, at: Path): FieldError[] {
  const errors: FieldError[] = [];
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
    // ISS-VENAFI-TPP-CABUNDLE-EXCLUSIVE
    if (str(tpp, 'caBundle') !== '' && obj(tpp, 'caBundleSecretRef') !== undefined) {
      errors.push(
        withRule(
          'ISS-VENAFI-TPP-CABUNDLE-EXCLUSIVE',
          fe.forbidden(at.child('tpp'), 'set only one of caBundle or caBundleSecretRef as the TPP CA bundle'),
        ),
      );
    }
  }
  const ngts = obj(venafi, 'ngts');
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
  const modes = MODES.filter((m) => obj(venafi, m) !== undefined).length;
  // ISS-VENAFI-MODE-REQUIRED
  if (modes === 0) errors.push(withRule('ISS-VENAFI-MODE-REQUIRED', fe.required(at, ONE_MODE)));
  // ISS-VENAFI-MODE-MULTIPLE
  if (modes > 1) errors.push(withRule('ISS-VENAFI-MODE-MULTIPLE', fe.forbidden(at, ONE_MODE)));
  return errors;
}
