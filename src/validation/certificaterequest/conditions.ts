/** CertificateRequest approval-condition rules (spec/validation.md §3.2). */
import { type FieldError, fe, withRule } from '../../field/field-error.js';
import { Path } from '../../field/path.js';
import { arr, isRecord, type JsonObject, str } from '../../util/json.js';
import { goDeepEqual, type Shape } from '../helpers/deep-equal.js';

const CONDITIONS = Path.root('status').child('conditions');
const TYPES = ['Approved', 'Denied'] as const;
/** The immutability rule of each condition type. */
const IMMUTABLE_RULES = { Approved: 'CR-CONDITION-APPROVED-IMMUTABLE', Denied: 'CR-CONDITION-DENIED-IMMUTABLE' } as const;

/** The fields of a CertificateRequestCondition H-DEEPEQUAL compares. */
const CONDITION_SHAPE: Shape = {
  struct: { type: 'scalar', status: 'scalar', reason: 'scalar', message: 'scalar', lastTransitionTime: 'time' },
  pointer: false,
  closed: true,
};

const conditionsOf = (object: unknown): JsonObject[] => (arr(object, 'status', 'conditions') ?? []).map((c) => (isRecord(c) ? c : {}));

/** The first condition of `type`, in list order. */
const firstOf = (conditions: readonly JsonObject[], type: string): JsonObject | undefined =>
  conditions.find((c) => str(c, 'type') === type);

/** Base rules, run on the conditions of the (new) object. */
export function validateConditions(object: unknown): FieldError[] {
  const conditions = conditionsOf(object);
  const errors: FieldError[] = [];
  for (const type of TYPES) {
    const matching = conditions.filter((c) => str(c, 'type') === type);
    // CR-CONDITION-MULTIPLE
    if (matching.length > 1)
      errors.push(
        withRule('CR-CONDITION-MULTIPLE', fe.forbidden(CONDITIONS, `multiple "${type}" conditions present; at most one is allowed`)),
      );
    // CR-CONDITION-NOT-TRUE
    else if (matching.length === 1 && str(matching[0], 'status') !== 'True') {
      errors.push(
        withRule(
          'CR-CONDITION-NOT-TRUE',
          fe.invalid(CONDITIONS.child(type), str(matching[0], 'status'), `"${type}" condition may only be set to True`),
        ),
      );
    }
  }
  // CR-CONDITION-COEXIST
  if (firstOf(conditions, 'Approved') !== undefined && firstOf(conditions, 'Denied') !== undefined) {
    errors.push(
      withRule(
        'CR-CONDITION-COEXIST',
        fe.forbidden(CONDITIONS, `both 'Denied' and 'Approved' conditions cannot coexist; a request is either approved or denied`),
      ),
    );
  }
  return errors;
}

/** Update rules: an Approved or Denied condition, once set, may not change or go away. */
export function validateConditionUpdate(oldObject: unknown, object: unknown): FieldError[] {
  const before = conditionsOf(oldObject);
  const after = conditionsOf(object);
  const errors: FieldError[] = [];
  for (const type of TYPES) {
    const old = firstOf(before, type);
    // CR-CONDITION-APPROVED-IMMUTABLE, CR-CONDITION-DENIED-IMMUTABLE
    if (old === undefined) continue;
    const now = firstOf(after, type);
    if (now === undefined || !goDeepEqual(old, now, CONDITION_SHAPE)) {
      errors.push(withRule(IMMUTABLE_RULES[type], fe.forbidden(CONDITIONS, `'${type}' condition may not be modified once set`)));
    }
  }
  return errors;
}
