import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { arr, type JsonObject, str } from '../../util/json.js';

/**
 * CERT-ADDITIONALOUTPUTFORMATS-DUPLICATE: each output format type may appear once; every
 * repeat is reported at `spec.additionalOutputFormats[type]` (upstream's literal key `type`).
 * (The AdditionalCertificateOutputFormats gate is not consulted: it is GA on master.)
 */
export function validateAdditionalOutputFormats(spec: JsonObject, path: Path): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const item of arr(spec, 'additionalOutputFormats') ?? []) {
    const type = str(item, 'type');
    if (seen.has(type)) {
      out.push(
        withRule(
          'CERT-ADDITIONALOUTPUTFORMATS-DUPLICATE',
          fe.duplicate(
            path.child('additionalOutputFormats').key('type'),
            type,
            `output format ${JSON.stringify(type)} is listed more than once`,
          ),
        ),
      );
    }
    seen.add(type);
  }
  return out;
}
