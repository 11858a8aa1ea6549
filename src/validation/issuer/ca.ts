import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { arr, str } from '../../util/json.js';
import type { CertManagerRelease } from '../../release/release.js';
import { hasRule } from '../release-rules.js';

/**
 * CA issuer rules (spec/validation.md §4.3).
 * @param ca - the `spec.ca` object (any JSON)
 * @param at - the path of `spec.ca`
 * @param release - the cert-manager release
 * @returns the errors in rule order
 */
export function validateCaIssuer(ca: unknown, at: Path, release: CertManagerRelease = 'master'): FieldError[] {
  const errors: FieldError[] = [];
  // ISS-CA-SECRETNAME-REQUIRED
  if (str(ca, 'secretName') === '') {
    errors.push(
      withRule(
        'ISS-CA-SECRETNAME-REQUIRED',
        fe.required(at.child('secretName'), 'the name of the Secret holding the CA key pair is required'),
      ),
    );
  }
  // ISS-CA-OCSPSERVER-EMPTY: upstream names the list `ocspServer` (JSON `ocspServers`).
  (arr(ca, 'ocspServers') ?? []).forEach((url, i) => {
    if (url === '')
      errors.push(
        withRule(
          'ISS-CA-OCSPSERVER-EMPTY',
          fe.invalid(at.child('ocspServer').index(i), url, 'must be a URL, e.g. http://ocsp.example.com; an empty entry is not allowed'),
        ),
      );
  });
  // ISS-CA-ISSUINGCERTURL-EMPTY (from v1.14)
  if (!hasRule('ISS-CA-ISSUINGCERTURL-EMPTY', release)) return errors;
  (arr(ca, 'issuingCertificateURLs') ?? []).forEach((url, i) => {
    if (url === '') {
      errors.push(
        withRule(
          'ISS-CA-ISSUINGCERTURL-EMPTY',
          fe.invalid(
            at.child('issuingCertificateURLs').index(i),
            url,
            'must be a URL, e.g. http://ca.example.com/ca.crt; an empty entry is not allowed',
          ),
        ),
      );
    }
  });
  return errors;
}
