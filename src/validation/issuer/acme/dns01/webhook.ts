import { type FieldError, fe, withRule } from '../../../../field/field-error.js';
import type { Path } from '../../../../field/path.js';
import { str } from '../../../../util/json.js';

/**
 * Webhook provider rules (spec/validation.md §4.2.3); `groupName` and `config` are not checked.
 * @param webhook - the `dns01.webhook` object (any JSON)
 * @param at - the path of `dns01.webhook`
 * @returns the errors in rule order
 */
export function validateWebhook(webhook: unknown, at: Path): FieldError[] {
  // ISS-DNS01-WEBHOOK-SOLVERNAME-REQUIRED
  if (str(webhook, 'solverName') !== '') return [];
  return [
    withRule(
      'ISS-DNS01-WEBHOOK-SOLVERNAME-REQUIRED',
      fe.required(at.child('solverName'), 'the name of the solver registered by the webhook is required'),
    ),
  ];
}
