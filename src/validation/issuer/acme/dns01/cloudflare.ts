import { type FieldError, fe, withRule } from '../../../../field/field-error.js';
import type { Path } from '../../../../field/path.js';
import { obj, str } from '../../../../util/json.js';
import { validateSecretKeySelector } from '../../secret-key-selector.js';
import { appendAll } from '../../../../util/append.js';

/**
 * Cloudflare provider rules (spec/validation.md §4.2.3): an API key (with the account email) or
 * an API token, not both.
 * @param cloudflare - the `dns01.cloudflare` object (any JSON)
 * @param at - the path of `dns01.cloudflare`
 * @returns the errors in rule order
 */
export function validateCloudflare(cloudflare: unknown, at: Path): FieldError[] {
  const errors: FieldError[] = [];
  const apiKey = obj(cloudflare, 'apiKeySecretRef');
  const apiToken = obj(cloudflare, 'apiTokenSecretRef');
  // ISS-DNS01-CLOUDFLARE-APIKEY
  if (apiKey !== undefined) appendAll(errors, validateSecretKeySelector(apiKey, at.child('apiKeySecretRef')));
  // ISS-DNS01-CLOUDFLARE-APITOKEN
  if (apiToken !== undefined) appendAll(errors, validateSecretKeySelector(apiToken, at.child('apiTokenSecretRef')));
  // ISS-DNS01-CLOUDFLARE-CREDENTIAL-EXCLUSIVE
  if (apiKey !== undefined && apiToken !== undefined) {
    errors.push(
      withRule('ISS-DNS01-CLOUDFLARE-CREDENTIAL-EXCLUSIVE', fe.forbidden(at, 'set only one of apiKeySecretRef or apiTokenSecretRef')),
    );
  }
  // ISS-DNS01-CLOUDFLARE-CREDENTIAL-REQUIRED
  if (apiKey === undefined && apiToken === undefined) {
    errors.push(
      withRule('ISS-DNS01-CLOUDFLARE-CREDENTIAL-REQUIRED', fe.required(at, 'set one of apiKeySecretRef (with email) or apiTokenSecretRef')),
    );
  }
  // ISS-DNS01-CLOUDFLARE-EMAIL-REQUIRED
  if (apiKey !== undefined && str(cloudflare, 'email') === '') {
    errors.push(
      withRule(
        'ISS-DNS01-CLOUDFLARE-EMAIL-REQUIRED',
        fe.required(at.child('email'), 'the Cloudflare account email is required with apiKeySecretRef'),
      ),
    );
  }
  return errors;
}
