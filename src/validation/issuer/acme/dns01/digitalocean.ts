import type { FieldError } from '../../../../field/field-error.js';
import type { Path } from '../../../../field/path.js';
import { field } from '../../../../util/json.js';
import { validateSecretKeySelector } from '../../secret-key-selector.js';

/**
 * DigitalOcean provider rules (spec/validation.md §4.2.3).
 * @param digitalocean - the `dns01.digitalocean` object (any JSON)
 * @param at - the path of `dns01.digitalocean`
 * @returns the errors in rule order
 */
export function validateDigitalOcean(digitalocean: unknown, at: Path): FieldError[] {
  // ISS-DNS01-DIGITALOCEAN-TOKEN
  return validateSecretKeySelector(field(digitalocean, 'tokenSecretRef'), at.child('tokenSecretRef'));
}
