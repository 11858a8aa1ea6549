import { type FieldError, fe, withRule } from '../../../../field/field-error.js';
import type { Path } from '../../../../field/path.js';
import { field, str } from '../../../../util/json.js';
import { validateSecretKeySelector } from '../../secret-key-selector.js';
import { appendAll } from '../../../../util/append.js';

/**
 * ACME-DNS provider rules (spec/validation.md §4.2.3).
 * @param acmeDNS - the `dns01.acmeDNS` object (any JSON)
 * @param at - the path of `dns01.acmeDNS`
 * @returns the errors in rule order
 */
export function validateAcmeDns(acmeDNS: unknown, at: Path): FieldError[] {
  const errors: FieldError[] = [];
  // ISS-DNS01-ACMEDNS-ACCOUNTSECRET
  appendAll(errors, validateSecretKeySelector(field(acmeDNS, 'accountSecretRef'), at.child('accountSecretRef')));
  // ISS-DNS01-ACMEDNS-HOST-REQUIRED
  if (str(acmeDNS, 'host') === '')
    errors.push(withRule('ISS-DNS01-ACMEDNS-HOST-REQUIRED', fe.required(at.child('host'), 'the URL of the acme-dns server is required')));
  return errors;
}
