import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { field, type JsonObject, str } from '../../util/json.js';
import { dns1123SubdomainProblems, isDns1123Subdomain } from '../../go/apimachinery/dns1123.js';

/** The issuer kinds of the `cert-manager.io` group. */
const CERT_MANAGER_KINDS = ['', 'Issuer', 'ClusterIssuer'];

/** CERT-SECRETNAME-REQUIRED, CERT-SECRETNAME-DNS1123: `spec.secretName` names a Secret. */
export function validateSecretName(spec: JsonObject, path: Path): FieldError[] {
  const name = str(spec, 'secretName');
  // CERT-SECRETNAME-DNS1123 (the common case first: a valid name needs no path)
  if (isDns1123Subdomain(name)) return [];
  const at = path.child('secretName');
  // CERT-SECRETNAME-REQUIRED
  if (name === '')
    return [withRule('CERT-SECRETNAME-REQUIRED', fe.required(at, 'the name of the Secret to store the certificate in must be specified'))];
  // CERT-SECRETNAME-DNS1123
  return dns1123SubdomainProblems(name).map((msg) => withRule('CERT-SECRETNAME-DNS1123', fe.invalid(at, name, msg)));
}

/**
 * CERT-ISSUERREF-NAME-REQUIRED, CERT-ISSUERREF-KIND-INVALID (and the same rules of
 * CertificateRequests, CR-ISSUERREF-*): the issuer reference at `<path>.issuerRef` needs a name,
 * and for cert-manager's own group (`""` or `cert-manager.io`) a kind of `Issuer` or
 * `ClusterIssuer` (or empty). Kinds of other groups (external issuers) are not checked.
 * @param spec - the spec holding `issuerRef`
 * @param path - the path of that spec
 */
export function validateIssuerRef(spec: JsonObject, path: Path): FieldError[] {
  const ref = field(spec, 'issuerRef');
  const name = str(ref, 'name');
  const group = str(ref, 'group');
  const kind = str(ref, 'kind');
  const kindInvalid = (group === '' || group === 'cert-manager.io') && !CERT_MANAGER_KINDS.includes(kind);
  const out: FieldError[] = [];
  if (name !== '' && !kindInvalid) return out;
  const at = path.child('issuerRef');
  // CERT-ISSUERREF-NAME-REQUIRED
  if (name === '')
    out.push(withRule('CERT-ISSUERREF-NAME-REQUIRED', fe.required(at.child('name'), 'the name of the issuer must be specified')));
  // CERT-ISSUERREF-KIND-INVALID
  if (kindInvalid) {
    const hint = group === '' ? ` (did you forget to set ${at.child('group')} to the group of an external issuer?)` : '';
    out.push(
      withRule(
        'CERT-ISSUERREF-KIND-INVALID',
        fe.invalid(at.child('kind'), kind, `must be Issuer or ClusterIssuer for issuers of the cert-manager.io group${hint}`),
      ),
    );
  }
  return out;
}
