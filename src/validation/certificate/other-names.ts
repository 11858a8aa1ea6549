import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { arr, type JsonObject, str } from '../../util/json.js';
import type { RuleContext } from '../types.js';
import { isOid } from '../helpers/oid.js';
import { hasRule } from '../release-rules.js';

/** CERT-OTHERNAMES-GATE, CERT-OTHERNAME-*: checks a non-empty `spec.otherNames`. */
export function validateOtherNames(spec: JsonObject, path: Path, ctx: RuleContext): FieldError[] {
  const items = arr(spec, 'otherNames') ?? [];
  // The field and its rules appeared in v1.14 (CERT-OTHERNAMES-GATE)
  if (items.length === 0 || !hasRule('CERT-OTHERNAMES-GATE', ctx.release)) return [];
  // CERT-OTHERNAMES-GATE: upstream reports it at `spec.OtherNames` (capital O); no item rule runs.
  if (!ctx.gates.OtherNames) {
    return [
      withRule(
        'CERT-OTHERNAMES-GATE',
        fe.forbidden(
          path.child('OtherNames'),
          'the OtherNames feature gate must be enabled on both the webhook and the controller to use otherNames',
        ),
      ),
    ];
  }
  const out: FieldError[] = [];
  items.forEach((item, i) => {
    const at = path.child('otherNames').index(i);
    const oid = str(item, 'oid');
    // CERT-OTHERNAME-OID-REQUIRED
    if (oid === '')
      out.push(withRule('CERT-OTHERNAME-OID-REQUIRED', fe.required(at.child('oid'), 'the OID of the otherName type must be specified')));
    // CERT-OTHERNAME-OID-SYNTAX (also fires for an empty oid)
    if (!isOid(oid))
      out.push(
        withRule(
          'CERT-OTHERNAME-OID-SYNTAX',
          fe.invalid(at.child('oid'), oid, 'must be a dotted object identifier such as 1.3.6.1.4.1.311.20.2.3'),
        ),
      );
    // CERT-OTHERNAME-UTF8VALUE-REQUIRED
    if (str(item, 'utf8Value') === '')
      out.push(
        withRule('CERT-OTHERNAME-UTF8VALUE-REQUIRED', fe.required(at.child('utf8Value'), 'must be set to a non-empty UTF-8 string')),
      );
  });
  return out;
}
