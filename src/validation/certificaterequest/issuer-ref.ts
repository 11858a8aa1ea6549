/** CertificateRequest issuerRef rules (spec/validation.md §3.1). */
import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { str } from '../../util/json.js';

const ISSUER_KINDS: readonly string[] = ['', 'Issuer', 'ClusterIssuer'];

/** Checks `spec.issuerRef` (name required; kind restricted for cert-manager's own group). */
export function validateIssuerRef(spec: unknown, at: Path): FieldError[] {
  const errors: FieldError[] = [];
  const ref = at.child('issuerRef');
  // CR-ISSUERREF-NAME-REQUIRED
  if (str(spec, 'issuerRef', 'name') === '')
    errors.push(withRule('CR-ISSUERREF-NAME-REQUIRED', fe.required(ref.child('name'), 'must be specified')));
  // CR-ISSUERREF-KIND-INVALID
  const group = str(spec, 'issuerRef', 'group');
  const kind = str(spec, 'issuerRef', 'kind');
  if ((group === '' || group === 'cert-manager.io') && !ISSUER_KINDS.includes(kind)) {
    const hint = group === '' ? ' (did you forget to set spec.issuerRef.kind.group?)' : '';
    errors.push(
      withRule('CR-ISSUERREF-KIND-INVALID', fe.invalid(ref.child('kind'), kind, `must be one of Issuer or ClusterIssuer${hint}`)),
    );
  }
  return errors;
}
