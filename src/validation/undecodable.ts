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
import { undecodableDuration } from './certificate/decode.js';
import { readDuration } from './helpers/duration-string.js';

const SPEC = Path.root('spec');

/** True when `value` is set but is not a Go duration. */
const undecodable = (value: unknown): boolean => readDuration(value) === 'undecodable';

/**
 * The decoding errors of a v1 object of `kind` (empty when the webhook can decode it).
 * @param kind - the object's kind
 * @param object - the object in v1 form
 */
export function undecodableFields(kind: Kind, object: unknown): FieldError[] {
  const out: FieldError[] = [];
  // Paths are made only for a value that does not decode.
  switch (kind) {
    case 'CertificateRequest':
    case 'Order': {
      const value = field(object, 'spec', 'duration');
      if (undecodable(value)) out.push(undecodableDuration(SPEC.child('duration'), value));
      break;
    }
    case 'Issuer':
    case 'ClusterIssuer': {
      const solvers = arr(field(object, 'spec', 'acme'), 'solvers') ?? [];
      for (let i = 0; i < solvers.length; i++) {
        const value = field(solvers[i], 'waitInsteadOfSelfCheck');
        if (undecodable(value)) {
          out.push(undecodableDuration(SPEC.child('acme').child('solvers').index(i).child('waitInsteadOfSelfCheck'), value));
        }
      }
      break;
    }
    case 'Challenge': {
      const value = field(object, 'spec', 'solver', 'waitInsteadOfSelfCheck');
      if (undecodable(value)) out.push(undecodableDuration(SPEC.child('solver').child('waitInsteadOfSelfCheck'), value));
      break;
    }
    default:
      break;
  }
  return out;
}
