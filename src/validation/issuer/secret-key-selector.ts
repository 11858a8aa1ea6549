import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { str } from '../../util/json.js';

/**
 * H-SKS (spec/validation.md §4.7): a secret key selector needs both the Secret's name and the
 * key inside it. An absent selector reads as one with both fields empty.
 * @param selector - the selector object (any JSON)
 * @param at - the path of the selector
 * @returns SKS-NAME-REQUIRED and/or SKS-KEY-REQUIRED errors
 */
export function validateSecretKeySelector(selector: unknown, at: Path): FieldError[] {
  const errors: FieldError[] = [];
  // SKS-NAME-REQUIRED
  if (str(selector, 'name') === '')
    errors.push(withRule('SKS-NAME-REQUIRED', fe.required(at.child('name'), 'the name of the Secret is required')));
  // SKS-KEY-REQUIRED
  if (str(selector, 'key') === '')
    errors.push(withRule('SKS-KEY-REQUIRED', fe.required(at.child('key'), 'the key of the entry in the Secret is required')));
  return errors;
}
