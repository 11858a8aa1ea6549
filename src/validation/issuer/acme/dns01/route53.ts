import { type FieldError, fe, withRule } from '../../../../field/field-error.js';
import type { Path } from '../../../../field/path.js';
import { obj, str } from '../../../../util/json.js';
import { validateSecretKeySelector } from '../../secret-key-selector.js';
import type { CertManagerRelease } from '../../../../release/release.js';
import { hasRule } from '../../../release-rules.js';
import { appendAll } from '../../../../util/append.js';

/**
 * Route53 provider rules (spec/validation.md §4.2.3). `route53: {}` is valid (ambient
 * credentials).
 * @param route53 - the `dns01.route53` object (any JSON)
 * @param at - the path of `dns01.route53`
 * @param release - the cert-manager release
 * @returns the errors in rule order
 */
export function validateRoute53(route53: unknown, at: Path, release: CertManagerRelease = 'master'): FieldError[] {
  const errors: FieldError[] = [];
  // ISS-DNS01-ROUTE53-REGION-REQUIRED (until v1.16)
  if (hasRule('ISS-DNS01-ROUTE53-REGION-REQUIRED', release) && str(route53, 'region') === '')
    errors.push(
      withRule('ISS-DNS01-ROUTE53-REGION-REQUIRED', fe.required(at.child('region'), 'the AWS region is required, e.g. us-east-1')),
    );
  const secretRef = obj(route53, 'accessKeyIDSecretRef');
  // ISS-DNS01-ROUTE53-ACCESSKEYID-EXCLUSIVE (upstream's type is Required although both are set)
  if (str(route53, 'accessKeyID') !== '' && secretRef !== undefined) {
    errors.push(
      withRule('ISS-DNS01-ROUTE53-ACCESSKEYID-EXCLUSIVE', fe.required(at, 'set only one of accessKeyID or accessKeyIDSecretRef')),
    );
  }
  // ISS-DNS01-ROUTE53-ACCESSKEYIDSECRETREF
  if (secretRef !== undefined) appendAll(errors, validateSecretKeySelector(secretRef, at.child('accessKeyIDSecretRef')));
  return errors;
}
