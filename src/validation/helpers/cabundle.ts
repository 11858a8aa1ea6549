/**
 * H-CABUNDLE (spec/validation.md §1.8) for the `caBundle` fields of issuers: the field is
 * base64 of PEM text; it is usable when it holds at least one certificate that Go's
 * `x509.CertPool.AppendCertsFromPEM` would add (the check itself lives in x509.ts).
 */
import { decodeStdBase64 } from '../../go/pem/pem.js';
import { containsValidCertificate } from '../../go/x509/certificate.js';

/** The detail of the CABUNDLE-NO-CERTS rules. */
export const CA_BUNDLE_DETAIL = 'must contain at least one PEM-encoded X.509 certificate (a "CERTIFICATE" block without headers)';

/**
 * Checks a `caBundle` field as written in JSON (standard base64 of PEM text).
 * @param base64 - the field value
 * @returns undefined when the bundle holds a usable certificate, else the error detail
 */
export function caBundleProblem(base64: string): string | undefined {
  const bytes = decodeStdBase64(base64);
  if (bytes === undefined) return 'must be base64-encoded PEM data holding at least one X.509 certificate';
  return containsValidCertificate(bytes) ? undefined : CA_BUNDLE_DETAIL;
}
