/** CertificateRequest rules (spec/validation.md §3). */
import type { FieldError } from '../../field/field-error.js';
import { Path } from '../../field/path.js';
import { field } from '../../util/json.js';
import type { KindValidator } from '../types.js';
import { validateConditions, validateConditionUpdate } from './conditions.js';
import { validateAnnotationUpdate, validateSpecUpdate } from './immutability.js';
import { validateIssuerRef } from './issuer-ref.js';
import { validateRequest } from './request.js';
import { appendAll } from '../../util/append.js';

/**
 * Validates a v1 CertificateRequest. CREATE: spec rules then condition rules. UPDATE: only
 * immutability and condition rules (the spec and CSR are not re-checked), in upstream's order;
 * an UPDATE without an old object runs only the condition rules.
 */
export const validateCertificateRequest: KindValidator = (object, ctx) => {
  const errors: FieldError[] = [];
  if (ctx.operation === 'UPDATE') {
    // Without the old object there is nothing to compare: only the condition rules apply.
    const old = ctx.oldObject;
    if (old === undefined) return { errors: validateConditions(object), warnings: [] };
    appendAll(errors, validateAnnotationUpdate(old, object));
    appendAll(errors, validateConditionUpdate(old, object));
    appendAll(errors, validateConditions(object));
    appendAll(errors, validateSpecUpdate(old, object));
  } else {
    const spec = field(object, 'spec');
    const at = Path.root('spec');
    appendAll(errors, validateIssuerRef(spec, at));
    appendAll(errors, validateRequest(spec, at, ctx, errors.length));
    appendAll(errors, validateConditions(object));
  }
  return { errors, warnings: [] };
};
