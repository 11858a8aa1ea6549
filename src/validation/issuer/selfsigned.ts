import type { FieldError } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';

/**
 * SelfSigned issuer rules (spec/validation.md §4.4): there are none; `selfSigned: {}` is a
 * complete configuration and `crlDistributionPoints` is not checked.
 * @returns no errors
 */
export function validateSelfSignedIssuer(_selfSigned: unknown, _at: Path): FieldError[] {
  return [];
}
