import { type FieldError, fe, withRule } from '../../../../field/field-error.js';
import type { Path } from '../../../../field/path.js';
import { field, str } from '../../../../util/json.js';
import { validateSecretKeySelector } from '../../secret-key-selector.js';

/**
 * Akamai DNS01 provider rules (spec/validation.md §4.2.3). Upstream's paths drop the JSON
 * `SecretRef` suffix (`accessToken` for `accessTokenSecretRef`).
 * @param akamai - the `dns01.akamai` object (any JSON)
 * @param at - the path of `dns01.akamai`
 * @returns the errors in rule order
 */
export function validateAkamai(akamai: unknown, at: Path): FieldError[] {
  return [
    // ISS-DNS01-AKAMAI-ACCESSTOKEN
    ...validateSecretKeySelector(field(akamai, 'accessTokenSecretRef'), at.child('accessToken')),
    // ISS-DNS01-AKAMAI-CLIENTSECRET
    ...validateSecretKeySelector(field(akamai, 'clientSecretSecretRef'), at.child('clientSecret')),
    // ISS-DNS01-AKAMAI-CLIENTTOKEN
    ...validateSecretKeySelector(field(akamai, 'clientTokenSecretRef'), at.child('clientToken')),
    // ISS-DNS01-AKAMAI-SCD-REQUIRED
    ...(str(akamai, 'serviceConsumerDomain') === ''
      ? [
          withRule(
            'ISS-DNS01-AKAMAI-SCD-REQUIRED',
            fe.required(at.child('serviceConsumerDomain'), 'the Akamai service consumer domain is required'),
          ),
        ]
      : []),
  ];
}
