import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { field, type JsonObject, obj, str } from '../../util/json.js';

/** One keystore kind: its key under `spec.keystores`, its display name and its rule IDs. */
interface Keystore {
  readonly key: string;
  readonly display: string;
  readonly exclusive: string;
  readonly required: string;
  readonly empty: string;
}

/** The keystore kinds in the order they are checked. */
const KEYSTORES: readonly Keystore[] = [
  {
    key: 'jks',
    display: 'JKS',
    exclusive: 'CERT-KEYSTORE-JKS-PASSWORD-EXCLUSIVE',
    required: 'CERT-KEYSTORE-JKS-PASSWORD-REQUIRED',
    empty: 'CERT-KEYSTORE-JKS-PASSWORD-EMPTY',
  },
  {
    key: 'pkcs12',
    display: 'PKCS#12',
    exclusive: 'CERT-KEYSTORE-PKCS12-PASSWORD-EXCLUSIVE',
    required: 'CERT-KEYSTORE-PKCS12-PASSWORD-REQUIRED',
    empty: 'CERT-KEYSTORE-PKCS12-PASSWORD-EMPTY',
  },
];

/**
 * CERT-KEYSTORE-JKS-PASSWORD-*, CERT-KEYSTORE-PKCS12-PASSWORD-*: each configured keystore needs
 * exactly one of a literal `password` (non-empty) and a named `passwordSecretRef`.
 */
export function validateKeystores(spec: JsonObject, path: Path): FieldError[] {
  const keystores = obj(spec, 'keystores');
  const out: FieldError[] = [];
  for (const { key, display, exclusive, required, empty } of KEYSTORES) {
    const ks = obj(keystores, key);
    if (ks === undefined) continue;
    const at = path.child('keystores', key);
    const password = field(ks, 'password');
    const hasPassword = typeof password === 'string';
    const hasSecretRef = str(ks, 'passwordSecretRef', 'name') !== '';
    // CERT-KEYSTORE-JKS-PASSWORD-EXCLUSIVE, CERT-KEYSTORE-PKCS12-PASSWORD-EXCLUSIVE
    if (hasPassword && hasSecretRef) {
      out.push(
        withRule(
          exclusive,
          fe.forbidden(at, `exactly one of passwordSecretRef and password must be set for ${display} keystores, not both`),
        ),
      );
    }
    // CERT-KEYSTORE-JKS-PASSWORD-REQUIRED, CERT-KEYSTORE-PKCS12-PASSWORD-REQUIRED (Forbidden upstream, not Required)
    if (!hasPassword && !hasSecretRef) {
      out.push(
        withRule(
          required,
          fe.forbidden(at, `exactly one of passwordSecretRef (with a name) and password must be set for ${display} keystores`),
        ),
      );
    }
    // CERT-KEYSTORE-JKS-PASSWORD-EMPTY, CERT-KEYSTORE-PKCS12-PASSWORD-EMPTY
    if (password === '')
      out.push(withRule(empty, fe.forbidden(at.child('password'), `a literal password for ${display} keystores must not be empty`)));
  }
  return out;
}
