import { type FieldError, fe } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { field, type JsonObject, obj, str } from '../../util/json.js';

/** The keystore kinds in the order they are checked, with their display names. */
const KEYSTORES: ReadonlyArray<readonly [key: string, display: string]> = [
  ['jks', 'JKS'],
  ['pkcs12', 'PKCS#12'],
];

/**
 * CERT-KEYSTORE-JKS-PASSWORD-*, CERT-KEYSTORE-PKCS12-PASSWORD-*: each configured keystore needs
 * exactly one of a literal `password` (non-empty) and a named `passwordSecretRef`.
 */
export function validateKeystores(spec: JsonObject, path: Path): FieldError[] {
  const keystores = obj(spec, 'keystores');
  const out: FieldError[] = [];
  for (const [key, display] of KEYSTORES) {
    const ks = obj(keystores, key);
    if (ks === undefined) continue;
    const at = path.child('keystores', key);
    const password = field(ks, 'password');
    const hasPassword = typeof password === 'string';
    const hasSecretRef = str(ks, 'passwordSecretRef', 'name') !== '';
    // CERT-KEYSTORE-JKS-PASSWORD-EXCLUSIVE, CERT-KEYSTORE-PKCS12-PASSWORD-EXCLUSIVE
    if (hasPassword && hasSecretRef) {
      out.push(fe.forbidden(at, `exactly one of passwordSecretRef and password must be set for ${display} keystores, not both`));
    }
    // CERT-KEYSTORE-JKS-PASSWORD-REQUIRED, CERT-KEYSTORE-PKCS12-PASSWORD-REQUIRED (Forbidden upstream, not Required)
    if (!hasPassword && !hasSecretRef) {
      out.push(fe.forbidden(at, `exactly one of passwordSecretRef (with a name) and password must be set for ${display} keystores`));
    }
    // CERT-KEYSTORE-JKS-PASSWORD-EMPTY, CERT-KEYSTORE-PKCS12-PASSWORD-EMPTY
    if (password === '') out.push(fe.forbidden(at.child('password'), `a literal password for ${display} keystores must not be empty`));
  }
  return out;
}
