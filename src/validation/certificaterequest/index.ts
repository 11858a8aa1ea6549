/** CertificateRequest rules (spec/validation.md §3). */
import type { FieldError } from '../../field/field-error.js';
import { Path } from '../../field/path.js';
import { field } from '../../util/json.js';
import type { KindValidator } from '../types.js';
import { validateConditions, validateConditionUpdate } from './conditions.js';
import { validateAnnotationUpdate, validateSpecUpdate } from './immutability.js';
import { validateIssuerRef } from './issuer-ref.js';
import { validateRequest } from './request.js';

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
    errors.push(...validateAnnotationUpdate(old, object));
    errors.push(...validateConditionUpdate(old, object));
    errors.push(...validateConditions(object));
    errors.push(...validateSpecUpdate(old, object));
  } else {
    const spec = field(object, 'spec');
    const at = Path.root('spec');
    errors.push(...validateIssuerRef(spec, at));
    errors.push(...validateRequest(spec, at, ctx, errors.length));
    errors.push(...validateConditions(object));
  }
  return { errors, warnings: [] };
};
