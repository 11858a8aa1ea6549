import { obj, str } from '../../util/json.js';

/**
 * The text of WARN-ACME-EAB-KEYALGORITHM. It is kept exactly as upstream prints it (tools match
 * it), including its `externalAccount` wording for the `externalAccountBinding` field.
 */
export const EAB_KEY_ALGORITHM_WARNING =
  "ACME issuer spec field 'externalAccount.keyAlgorithm' is deprecated. The value of this field will be ignored.";

/**
 * The warnings of an ACME issuer section (spec/validation.md §4.8). Call it only when `acme` is
 * the issuer type that gets validated.
 * @param acme - the `spec.acme` object (any JSON)
 * @returns zero or one warning
 */
export function acmeIssuerWarnings(acme: unknown): string[] {
  const eab = obj(acme, 'externalAccountBinding');
  // WARN-ACME-EAB-KEYALGORITHM
  return eab !== undefined && str(eab, 'keyAlgorithm') !== '' ? [EAB_KEY_ALGORITHM_WARNING] : [];
}
