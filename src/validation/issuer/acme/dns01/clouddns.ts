import { type FieldError, fe, withRule } from '../../../../field/field-error.js';
import type { Path } from '../../../../field/path.js';
import { obj, str } from '../../../../util/json.js';
import { validateSecretKeySelector } from '../../secret-key-selector.js';
import { appendAll } from '../../../../util/append.js';

/**
 * Google Cloud DNS provider rules (spec/validation.md §4.2.3). Without a service account
 * secret the solver uses ambient credentials, which is valid.
 * @param cloudDNS - the `dns01.cloudDNS` object (any JSON)
 * @param at - the path of `dns01.cloudDNS`
 * @returns the errors in rule order
 */
export function validateCloudDns(cloudDNS: unknown, at: Path): FieldError[] {
  const errors: FieldError[] = [];
  const serviceAccount = obj(cloudDNS, 'serviceAccountSecretRef');
  // ISS-DNS01-CLOUDDNS-SERVICEACCOUNT
  if (serviceAccount !== undefined) appendAll(errors, validateSecretKeySelector(serviceAccount, at.child('serviceAccountSecretRef')));
  // ISS-DNS01-CLOUDDNS-PROJECT-REQUIRED
  if (str(cloudDNS, 'project') === '')
    errors.push(
      withRule('ISS-DNS01-CLOUDDNS-PROJECT-REQUIRED', fe.required(at.child('project'), 'the Google Cloud project ID is required')),
    );
  return errors;
}
