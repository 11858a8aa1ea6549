/**
 * Values the webhook cannot decode into its Go types, outside Certificate (whose rules report
 * their own): the `metav1.Duration` fields of CertificateRequest and Order (`spec.duration`) and
 * of every ACME solver (`waitInsteadOfSelfCheck`, in Issuer, ClusterIssuer and Challenge). The
 * webhook rejects such an object before any rule runs; these are decoding checks, not spec
 * rules, so they carry no rule ID.
 */
import type { FieldError } from '../field/field-error.js';
import { Path } from '../field/path.js';
import type { Kind } from '../scheme/kinds.js';
import { arr, field } from '../util/json.js';
import { durationAt } from './certificate/decode.js';

function durationError(value: unknown, at: Path, out: FieldError[]): void {
  const d = durationAt(value, at);
  if (d.kind === 'error') out.push(d.error);
}

/**
 * The decoding errors of a v1 object of `kind` (empty when the webhook can decode it).
 * @param kind - the object's kind
 * @param object - the object in v1 form
 */
export function undecodableFields(kind: Kind, object: unknown): FieldError[] {
  const out: FieldError[] = [];
  const spec = Path.root('spec');
  switch (kind) {
    case 'CertificateRequest':
    case 'Order':
      durationError(field(object, 'spec', 'duration'), spec.child('duration'), out);
      break;
    case 'Issuer':
    case 'ClusterIssuer':
      (arr(field(object, 'spec', 'acme'), 'solvers') ?? []).forEach((solver, i) => {
        const at = spec.child('acme').child('solvers').index(i).child('waitInsteadOfSelfCheck');
        durationError(field(solver, 'waitInsteadOfSelfCheck'), at, out);
      });
      break;
    case 'Challenge':
      durationError(field(object, 'spec', 'solver', 'waitInsteadOfSelfCheck'), spec.child('solver').child('waitInsteadOfSelfCheck'), out);
      break;
    default:
      break;
  }
  return out;
}
