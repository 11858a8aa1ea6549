import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { arr, type JsonObject, str } from '../../util/json.js';
import { hasRule } from '../release-rules.js';
import type { RuleContext } from '../types.js';

/**
 * CERT-ADDITIONALOUTPUTFORMATS-DUPLICATE: each output format type may appear once; every
 * repeat is reported at `spec.additionalOutputFormats[type]` (upstream's literal key `type`).
 * Before v1.18 the AdditionalCertificateOutputFormats gate is consulted first (it is GA and
 * ignored from v1.18).
 */
export function validateAdditionalOutputFormats(spec: JsonObject, path: Path, ctx: RuleContext): FieldError[] {
  const out: FieldError[] = [];
  const formats = arr(spec, 'additionalOutputFormats') ?? [];
  // CERT-ADDITIONALOUTPUTFORMATS-GATE (until v1.18): off forbids a non-empty list, no other check
  if (hasRule('CERT-ADDITIONALOUTPUTFORMATS-GATE', ctx.release) && !ctx.gates.AdditionalCertificateOutputFormats) {
    if (formats.length === 0) return out;
    const detail = 'the AdditionalCertificateOutputFormats feature gate must be enabled to use additionalOutputFormats';
    return [withRule('CERT-ADDITIONALOUTPUTFORMATS-GATE', fe.forbidden(path.child('additionalOutputFormats'), detail))];
  }
  if (formats.length === 0) return out;
  const seen = new Set<string>();
  for (const item of formats) {
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
