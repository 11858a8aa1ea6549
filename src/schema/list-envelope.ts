/**
 * The strict schema check of a `<Kind>List` envelope: apiVersion, kind, `metadata` (ListMeta)
 * and `items`, nothing else. The items themselves are checked one by one against their kind.
 */
import { type FieldError, fe } from '../field/field-error.js';
import { checkWith } from './check.js';
import { SHAPES } from './generated/shapes.js';
import { VALIDATORS } from './generated/validators.js';
import { LIST_ENVELOPE_KEY } from './shape.js';

/**
 * Checks the envelope of a list (not its items). Never throws and never mutates `list`.
 * @param list - the list object (any JSON)
 * @param label - how unknown-field errors name it, e.g. `cert-manager.io/v1 CertificateList`
 * @returns the field errors of the envelope
 */
export function checkListEnvelope(list: unknown, label = 'List'): FieldError[] {
  const validate = VALIDATORS[LIST_ENVELOPE_KEY];
  const root = SHAPES.roots[LIST_ENVELOPE_KEY];
  if (validate === undefined || root === undefined) return [fe.internal('', 'cmapi has no schema for lists')];
  return checkWith(list, validate, root, SHAPES, label);
}
