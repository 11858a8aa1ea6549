/**
 * H-CABUNDLE (spec/validation.md §1.8): whether a CA bundle holds at least one usable
 * certificate, as Go's `x509.CertPool.AppendCertsFromPEM` decides: PEM blocks are read in turn;
 * a block counts when its type is exactly `CERTIFICATE`, it has no headers and its content
 * parses as an X.509 certificate. Everything else is skipped silently.
 */
import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import { bytesToBinary, decodePem, decodeStdBase64, type PemBlock } from './pem.js';

/** The detail of the CABUNDLE-NO-CERTS rules. */
export const CA_BUNDLE_DETAIL = 'must contain at least one PEM-encoded X.509 certificate (a "CERTIFICATE" block without headers)';

const BEGIN = '-----BEGIN ';

/**
 * Every PEM block Go's repeated `pem.Decode` would find. Go resumes after each block's END
 * line; since a block's body cannot hold a BEGIN line, decoding from each BEGIN marker in
 * turn finds the same blocks.
 */
function* pemBlocks(data: Uint8Array): Generator<PemBlock> {
  const text = bytesToBinary(data);
  for (let at = text.indexOf(BEGIN); at >= 0; at = text.indexOf(BEGIN, at + 1)) {
    if (at > 0 && text[at - 1] !== '\n') continue;
    const block = decodePem(text.slice(at));
    if (block !== undefined) yield block;
  }
}

/**
 * Whether `der` parses as an X.509 certificate. (Interim: a structural DER parse; to be switched
 * to the shared Go-compatible x509 parser once it exists.)
 */
function isCertificate(der: Uint8Array): boolean {
  try {
    AsnConvert.parse(der, Certificate);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether `pem` (raw bytes) holds at least one certificate that Go would add to a pool.
 * @param pem - the decoded bundle bytes
 */
export function hasValidCertificate(pem: Uint8Array): boolean {
  for (const block of pemBlocks(pem)) {
    if (block.type !== 'CERTIFICATE' || Object.keys(block.headers).length > 0) continue;
    if (isCertificate(block.bytes)) return true;
  }
  return false;
}

/**
 * Checks a `caBundle` field as written in JSON (standard base64 of PEM text).
 * @param base64 - the field value
 * @returns undefined when the bundle holds a usable certificate, else the error detail
 */
export function caBundleProblem(base64: string): string | undefined {
  const bytes = decodeStdBase64(base64);
  if (bytes === undefined) return 'must be base64-encoded PEM data holding at least one X.509 certificate';
  return hasValidCertificate(bytes) ? undefined : CA_BUNDLE_DETAIL;
}
